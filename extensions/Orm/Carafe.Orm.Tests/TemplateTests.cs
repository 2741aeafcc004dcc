using Carafe.Orm.Tests.Support;
using Carafe.Testing;
using Microsoft.Extensions.DependencyInjection;
using static Carafe.Helpers;

namespace Carafe.Orm.Tests;

/// <summary>Templates iterate queries and paginations, and the pagination macro renders links.</summary>
public class TemplateTests
{
    private static TestClient Client(TempFolder folder)
    {
        var app = OrmApps.School(folder);
        app.Get("/students", (Request request, SchoolDb db) => RenderTemplateString("""
            {% from "orm/pagination.html" import render_pagination %}
            {%- for s in page %}{{ s.name }} {% endfor %}|{{ page.items | length }}|{{ page.iter_pages() | list }}
            {{ render_pagination(page, "students", city="Lon don") }}
            """, new { page = db.Students.OrderBy(s => s.Id).Paginate(request, perPage: 3) }), endpoint: "students");
        app.Get("/ambient", (SchoolDb db) => RenderTemplateString("{{ page.page }}/{{ page.pages }}: {% for s in page %}{{ s.name }} {% endfor %}",
            new { page = db.Students.OrderBy(s => s.Id).Paginate() }), endpoint: "ambient");
        app.Get("/all", (SchoolDb db) => RenderTemplateString("{% for s in students %}{{ loop.index }}.{{ s.name }} {% endfor %}",
            new { students = db.Students.Where(s => s.Id % 5 == 0).OrderBy(s => s.Name) }), endpoint: "all");
        var client = app.TestClient();
        using var scope = client.Services.GetRequiredService<Orm>().AppScope();
        var school = scope.Get<SchoolDb>();
        school.Students.AddRange(Enumerable.Range(1, 20).Select(i => new Student { Name = $"S{i:00}" }));
        school.SaveChanges();
        return client;
    }

    [Fact]
    public void A_query_is_iterated_in_a_template()
    {
        using var folder = new TempFolder();
        using var client = Client(folder);

        Assert.Equal("1.S05 2.S10 3.S15 4.S20 ", client.Get("/all").Text);
    }

    [Fact]
    public void Without_a_request_given_paginate_reads_the_one_being_handled()
    {
        using var folder = new TempFolder();
        using var client = Client(folder);

        Assert.Equal("2/4: S06 S07 S08 S09 S10 ", client.Get("/ambient?page=2&per_page=5").Text);
        Assert.Equal("1/1: " + string.Concat(Enumerable.Range(1, 20).Select(i => $"S{i:00} ")), client.Get("/ambient").Text);
        Assert.Equal(404, client.Get("/ambient?per_page=0").StatusCode);
    }

    [Fact]
    public void The_pagination_macro_renders_the_items_count_and_the_page_links_with_gaps()
    {
        using var folder = new TempFolder();
        using var client = Client(folder);

        var response = client.Get("/students?page=5");

        Assert.Equal(200, response.StatusCode);
        Assert.Equal("""
            S13 S14 S15 |3|[1, 2, 3, 4, 5, 6, 7]
            <nav class="pagination">
              <span class="page-items">13 - 15 of 20</span>
              <a class="prev" href="/students?page=4&amp;city=Lon+don">&laquo; Previous</a>
              <a href="/students?page=1&amp;city=Lon+don">1</a>
              <a href="/students?page=2&amp;city=Lon+don">2</a>
              <a href="/students?page=3&amp;city=Lon+don">3</a>
              <a href="/students?page=4&amp;city=Lon+don">4</a>
              <strong>5</strong>
              <a href="/students?page=6&amp;city=Lon+don">6</a>
              <a href="/students?page=7&amp;city=Lon+don">7</a>
              <a class="next" href="/students?page=6&amp;city=Lon+don">Next &raquo;</a>
            </nav>
            """, response.Text);
        Assert.Equal(404, client.Get("/students?page=8").StatusCode);
        Assert.Equal(404, client.Get("/students?page=two").StatusCode);
    }
}
