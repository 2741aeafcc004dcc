using Flaskr;

// Port 5001, so that Flaskr and the Tutorial (5000) can run side by side; --port still wins.
var port = args.Any(a => a == "--port" || a.StartsWith("--port=", StringComparison.Ordinal)) ? [] : new[] { "--port", "5001" };
FlaskrApp.Create([.. args, .. port]).Run();
