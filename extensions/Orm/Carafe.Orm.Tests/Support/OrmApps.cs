using Microsoft.Extensions.DependencyInjection;

namespace Carafe.Orm.Tests.Support;

/// <summary>Apps in testing mode rooted in a temporary folder, so that the instance folder and its databases are the test's own.</summary>
internal static class OrmApps
{
    /// <summary>An app with <see cref="SchoolDb"/> on <c>sqlite:///school.db</c> (in the instance folder) and its tables created at start-up.</summary>
    public static CarafeApp School(TempFolder folder, string[]? args = null)
    {
        var app = new CarafeApp(args, rootPath: folder.Path);
        app.Config["TESTING"] = true;
        app.Config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///school.db";
        app.Services.AddOrm<SchoolDb>();
        app.Services.AddOrmStartup(scope => scope.CreateAll());
        return app;
    }
}
