// One route, logging at Warning: what start-up costs before an app adds anything.
var builder = WebApplication.CreateBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
var app = builder.Build();
app.MapGet("/", () => "Hello, World!");
app.Run();
