using HelloCarafe;

// `dotnet run` serves on http://127.0.0.1:5000; `dotnet run -- routes` lists the routes.
HelloCarafeApp.Create(args).Run();
