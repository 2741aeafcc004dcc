using Microsoft.EntityFrameworkCore;

namespace Flaskr.Data;

/// <summary>
/// Flaskr's database (Flask's <c>schema.sql</c>): the <c>user</c> and <c>post</c> tables. Registered with the Orm,
/// so its database is the one <c>SQLALCHEMY_DATABASE_URI</c> names; nothing here is particular to SQLite.
/// </summary>
public sealed class FlaskrDb(DbContextOptions<FlaskrDb> options) : DbContext(options)
{
    /// <summary>The registered users.</summary>
    public DbSet<User> Users => Set<User>();

    /// <summary>The posts.</summary>
    public DbSet<Post> Posts => Set<Post>();

    /// <inheritdoc/>
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<User>(user =>
        {
            user.ToTable("user");
            user.HasIndex(u => u.Username).IsUnique();
            user.HasIndex(u => u.Email).IsUnique();
        });
        modelBuilder.Entity<Post>(post =>
        {
            post.ToTable("post");
            post.HasOne(p => p.Author).WithMany(u => u.Posts).HasForeignKey(p => p.AuthorId);
            post.HasIndex(p => p.Created);
        });
    }
}
