using Carafe;
using Carafe.Orm;
using Microsoft.EntityFrameworkCore;
using static Carafe.Helpers;

namespace Tutorial;

/// <summary>
/// The SQLite chapter, as Flask's "Flask – SQLAlchemy" tutorial: a table of students (name,
/// address, city, pin) in <c>instance/students.db</c>, created at start-up, added through a
/// form checked on the server, and listed a page at a time with the Orm's pagination macro.
/// </summary>
public static class SqliteChapter
{
    /// <summary>The longest name, address and city the form accepts.</summary>
    public const int MaxText = 100;

    /// <summary>Adds the chapter's database, its start-up and its pages to <paramref name="app"/>.</summary>
    public static void Map(CarafeApp app)
    {
        if (app.Config["SQLALCHEMY_DATABASE_URI"] is null)
        {
            app.Config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///students.db";
        }
        app.Services.AddOrm<StudentsDb>();
        app.Services.AddOrmStartup(scope => scope.CreateAll());

        app.Get("/sqlite/students", (Request request, StudentsDb db) =>
            RenderTemplate("sqlite/show_all.html", new { students = db.Students.OrderBy(s => s.Id).Paginate(request, perPage: 5) }),
            endpoint: "sqlite_students");
        app.Get("/sqlite/students/new", () => RenderTemplate("sqlite/new.html", new { form = new Dictionary<string, string>(), errors = new List<string>() }),
            endpoint: "sqlite_new_student");
        app.Post("/sqlite/students/new", AddStudent, endpoint: "sqlite_add_student");
    }

    private static object AddStudent(Request request, StudentsDb db)
    {
        var form = new[] { "name", "address", "city", "pin" }.ToDictionary(f => f, f => request.Form.Get(f, "").Trim());
        var errors = Check(form);
        if (errors.Count > 0)
        {
            return (RenderTemplate("sqlite/new.html", new { form, errors }), 422);
        }
        db.Students.Add(new Student { Name = form["name"], Address = form["address"], City = form["city"], Pin = form["pin"] });
        db.SaveChanges();
        Flash("Record was successfully added");
        return Redirect(UrlFor("sqlite_students"));
    }

    /// <summary>What is wrong with the form, one message per field: every field is required, texts are short, a pin is digits.</summary>
    private static List<string> Check(Dictionary<string, string> form)
    {
        var errors = new List<string>();
        foreach (var (field, value) in form)
        {
            if (value.Length == 0)
            {
                errors.Add($"Please enter the {field}.");
            }
            else if (value.Length > MaxText)
            {
                errors.Add($"The {field} is longer than {MaxText} characters.");
            }
        }
        if (form["pin"].Length > 0 && !(form["pin"].Length <= 10 && form["pin"].All(char.IsAsciiDigit)))
        {
            errors.Add("The pin is 1 to 10 digits.");
        }
        return errors;
    }

    /// <summary>A row of the students table.</summary>
    public sealed class Student
    {
        /// <summary>The key.</summary>
        public int Id { get; set; }

        /// <summary>The student's name.</summary>
        public required string Name { get; set; }

        /// <summary>The street address.</summary>
        public required string Address { get; set; }

        /// <summary>The city.</summary>
        public required string City { get; set; }

        /// <summary>The postal pin code, digits kept as text (leading zeros matter).</summary>
        public required string Pin { get; set; }
    }

    /// <summary>The chapter's database: the students table.</summary>
    public sealed class StudentsDb(DbContextOptions<StudentsDb> options) : DbContext(options)
    {
        /// <summary>The students.</summary>
        public DbSet<Student> Students => Set<Student>();

        /// <inheritdoc/>
        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            var student = modelBuilder.Entity<Student>();
            student.ToTable("students");
            student.Property(s => s.Name).HasMaxLength(MaxText);
            student.Property(s => s.Address).HasMaxLength(MaxText);
            student.Property(s => s.City).HasMaxLength(MaxText);
            student.Property(s => s.Pin).HasMaxLength(10);
        }
    }
}
