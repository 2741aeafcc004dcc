using System.Diagnostics;

namespace Carafe.Orm.Recording;

/// <summary>Where in the app's own code a statement came from: the first frame outside the framework and EF Core.</summary>
internal static class CallerLocation
{
    private static readonly string[] FrameworkAssemblies = ["Carafe", "Carafe.Orm", "Carafe.Orm.PostgreSql", "Carafe.Templating", "Npgsql"];

    public static string Find()
    {
        foreach (var frame in new StackTrace(1, fNeedFileInfo: true).GetFrames())
        {
            var type = frame.GetMethod()?.DeclaringType;
            var assembly = type?.Assembly.GetName().Name;
            if (type is null || assembly is null || FrameworkAssemblies.Contains(assembly)
                || assembly.StartsWith("Microsoft.", StringComparison.Ordinal) || assembly.StartsWith("System.", StringComparison.Ordinal) || assembly == "System")
            {
                continue;
            }
            while (type.DeclaringType is not null)
            {
                type = type.DeclaringType;   // the class a lambda or an async method was written in
            }
            var file = frame.GetFileName();
            return $"{type.FullName}.{MethodName(frame.GetMethod()!.Name)}" + (file is null ? "" : $" ({Path.GetFileName(file)}:{frame.GetFileLineNumber()})");
        }
        return "<unknown>";
    }

    // "<Index>b__0_1" and "<IndexAsync>d__3" are the compiler's names for code written in Index / IndexAsync.
    private static string MethodName(string name) =>
        name.StartsWith('<') && name.IndexOf('>') is > 1 and var end ? name[1..end] : name;
}
