using Microsoft.Extensions.Logging;

namespace Carafe.Orm;

/// <summary>What the Orm logs, with stable event ids.</summary>
internal static partial class OrmLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "[{Bind}] {Statement}\n[parameters: {Parameters}] ({Milliseconds:0.###} ms)")]
    public static partial void Statement(ILogger logger, string bind, string statement, string parameters, double milliseconds);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Database {Bind} is {Uri}")]
    public static partial void EngineCreated(ILogger logger, string bind, string uri);
}
