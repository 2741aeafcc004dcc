using System.Diagnostics;

namespace Carafe.Templates.Tests;

/// <summary>Runs the .NET SDK's <c>dotnet</c> (or another program) as a user would, in a folder of the test's own.</summary>
internal static class DotnetCli
{
    // A guard against a hung restore, not a measure of speed.
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(10);

    /// <summary>Runs <c>dotnet args...</c> in <paramref name="workingDirectory"/> restoring into <paramref name="nugetPackages"/>; the exit code and everything it printed.</summary>
    public static (int ExitCode, string Output) Run(string workingDirectory, string nugetPackages, params string[] args) =>
        RunProgram("dotnet", workingDirectory, args, nugetPackages);

    /// <summary>
    /// Runs <c>dotnet args...</c> on the repository's own projects, keeping their obj/ and bin/ under
    /// <paramref name="outputRoot"/> (Directory.Build.props' <c>CARAFE_OUTPUT_ROOT</c>): the test run is building
    /// from the projects' own obj/ folders at the same time, and a restore into <paramref name="nugetPackages"/>
    /// there would point them at packages this test deletes.
    /// </summary>
    public static (int ExitCode, string Output) RunOnRepository(string workingDirectory, string nugetPackages, string outputRoot, params string[] args)
    {
        var start = StartInfo("dotnet", workingDirectory, args, nugetPackages);
        start.Environment["CARAFE_OUTPUT_ROOT"] = outputRoot;
        return Wait(start, "dotnet", args);
    }

    /// <summary>Runs <paramref name="program"/> in <paramref name="workingDirectory"/> and waits for it; the exit code and everything it printed.</summary>
    public static (int ExitCode, string Output) RunProgram(string program, string workingDirectory, IEnumerable<string> args, string? nugetPackages = null) =>
        Wait(StartInfo(program, workingDirectory, args, nugetPackages), program, args);

    private static (int ExitCode, string Output) Wait(ProcessStartInfo start, string program, IEnumerable<string> args)
    {
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Patience))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', args)} did not finish within {Patience.TotalMinutes} minutes.");
        }
        return (process.ExitCode, output.Result + errors.Result);
    }

    /// <summary>How to start <paramref name="program"/>: output captured, and none of the test host's MSBuild settings.</summary>
    public static ProcessStartInfo StartInfo(string program, string workingDirectory, IEnumerable<string> args, string? nugetPackages = null)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        // The test host runs under `dotnet test`, whose MSBuild settings must not leak into the user's build.
        foreach (var name in start.Environment.Keys.Where(key => key.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }
        if (nugetPackages is not null)
        {
            start.Environment["NUGET_PACKAGES"] = nugetPackages;
        }
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        return start;
    }
}
