using Carafe;

// One route: what start-up costs before an app adds anything. Usage: BareCarafe --port PORT.
var app = new CarafeApp(args);
app.Get("/", () => "Hello, World!", endpoint: "hello");
app.Run();
