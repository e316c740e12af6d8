using System.Globalization;

namespace AgreementTracker.TestSupport;

/// <summary>The 1-minute load average: on a shared machine, figures mean little without it.</summary>
public static class MachineLoad
{
    public static string Now() =>
        File.Exists("/proc/loadavg")
            ? double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], CultureInfo.InvariantCulture).ToString("0.0", CultureInfo.InvariantCulture)
            : "?";
}
