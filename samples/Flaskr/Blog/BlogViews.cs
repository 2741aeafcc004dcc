using Carafe;
using Carafe.Forms;
using Flaskr.Auth;
using Flaskr.Data;
using Microsoft.EntityFrameworkCore;
using static Carafe.Helpers;

namespace Flaskr.Blog;

/// <summary>The <c>blog</c> blueprint at the site's root: the posts, newest first, and writing, editing and deleting one's own.</summary>
public static class BlogViews
{
    /// <summary>The blueprint, to register on the app.</summary>
    public static Blueprint Blueprint()
    {
        var bp = new Blueprint("blog");
        bp.Get("/", Index);
        bp.Route("/create", Create, methods: ["GET", "POST"]);
        bp.Route("/<int:id>/update", Update, methods: ["GET", "POST"]);
        bp.Post("/<int:id>/delete", Delete);
        return bp;
    }

    /// <summary>Every post with its author, most recent first.</summary>
    public static async Task<string> Index(FlaskrDb db)
    {
        var posts = await db.Posts.Include(p => p.Author)
            .OrderByDescending(p => p.Created).ThenByDescending(p => p.Id)
            .ToListAsync();
        return RenderTemplate("blog/index.html", new { posts });
    }

    /// <summary>Writes a post as the logged-in user.</summary>
    public static async Task<object> Create(G g, Forms forms, FlaskrDb db, TimeProvider clock)
    {
        var user = CurrentUser.Required(g);
        var form = forms.Create<PostForm>();
        if (await form.ValidateOnSubmitAsync())
        {
            var data = form.Data;
            db.Posts.Add(new Post { Title = data.Title!, Body = data.Body ?? "", AuthorId = user.Id, Created = clock.GetUtcNow().UtcDateTime });
            await db.SaveChangesAsync();
            return Redirect(UrlFor("blog.index"));
        }
        FirstError.Flash(form);
        return RenderTemplate("blog/create.html", new { form });
    }

    /// <summary>Edits a post of the logged-in user's.</summary>
    public static async Task<object> Update(int id, G g, Forms forms, FlaskrDb db)
    {
        var post = await GetPost(db, id, CurrentUser.Required(g));
        var form = forms.Create(new PostForm { Title = post.Title, Body = post.Body });
        if (await form.ValidateOnSubmitAsync())
        {
            var data = form.Data;
            post.Title = data.Title!;
            post.Body = data.Body ?? "";
            await db.SaveChangesAsync();
            return Redirect(UrlFor("blog.index"));
        }
        FirstError.Flash(form);
        return RenderTemplate("blog/update.html", new { post, form });
    }

    /// <summary>Deletes a post of the logged-in user's (its form carries only the CSRF token, which the Forms extension checks on every POST).</summary>
    public static async Task<Response> Delete(int id, G g, FlaskrDb db)
    {
        var post = await GetPost(db, id, CurrentUser.Required(g));
        db.Posts.Remove(post);
        await db.SaveChangesAsync();
        return Redirect(UrlFor("blog.index"));
    }

    /// <summary>The post <paramref name="id"/>: a 404 when there is none, a 403 when <paramref name="author"/> did not write it.</summary>
    private static async Task<Post> GetPost(FlaskrDb db, int id, User author)
    {
        var post = await db.Posts.Include(p => p.Author).SingleOrDefaultAsync(p => p.Id == id) ?? throw Abort(404, $"Post id {id} doesn't exist.");
        return post.AuthorId == author.Id ? post : throw Abort(403);
    }
}
