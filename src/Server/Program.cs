using AgreementTracker.Server.Hosting;

return await ServerCommand.RunAsync(args, Console.Out, Console.Error);
