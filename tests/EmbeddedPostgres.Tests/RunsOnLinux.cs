// These tests start PostgreSQL the Unix way (pg_ctl, runuser, file modes).
[assembly: System.Runtime.Versioning.SupportedOSPlatform("linux")]
