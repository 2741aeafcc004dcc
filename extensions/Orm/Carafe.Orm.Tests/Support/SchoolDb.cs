using Microsoft.EntityFrameworkCore;

namespace Carafe.Orm.Tests.Support;

public sealed class Student
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public string City { get; set; } = "";

    public List<Enrollment> Enrollments { get; set; } = [];
}

public sealed class Enrollment
{
    public int Id { get; set; }

    public int StudentId { get; set; }

    public Student? Student { get; set; }

    public required string Course { get; set; }
}

/// <summary>The models on the default database: students with unique names, and their enrollments.</summary>
public sealed class SchoolDb(DbContextOptions<SchoolDb> options) : DbContext(options)
{
    public DbSet<Student> Students => Set<Student>();

    public DbSet<Enrollment> Enrollments => Set<Enrollment>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<Student>().HasIndex(s => s.Name).IsUnique();
}

public sealed class Account
{
    public int Id { get; set; }

    public required string Email { get; set; }
}

/// <summary>Models on the "users" bind, a database of their own.</summary>
[Bind("users")]
public sealed class UsersDb(DbContextOptions<UsersDb> options) : DbContext(options)
{
    public DbSet<Account> Accounts => Set<Account>();
}
