using Microsoft.EntityFrameworkCore;

namespace Carafe.Orm.PostgreSql.Tests;

public sealed class Customer
{
    public int Id { get; set; }

    public required string Email { get; set; }

    public List<Order> Orders { get; set; } = [];
}

public sealed class Order
{
    public int Id { get; set; }

    public int CustomerId { get; set; }

    public decimal Total { get; set; }
}

/// <summary>Customers with unique emails and their orders.</summary>
public sealed class ShopDb(DbContextOptions<ShopDb> options) : DbContext(options)
{
    public DbSet<Customer> Customers => Set<Customer>();

    public DbSet<Order> Orders => Set<Order>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<Customer>().HasIndex(c => c.Email).IsUnique();
}
