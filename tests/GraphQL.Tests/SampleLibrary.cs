using System.Runtime.CompilerServices;
using AgreementTracker.GraphQL.Execution;
using AgreementTracker.GraphQL.Pagination;
using AgreementTracker.GraphQL.Types;

namespace AgreementTracker.GraphQL.Tests;

/// <summary>A small library schema bound to in-memory data, shared by execution-level tests.</summary>
internal sealed class SampleLibrary
{
    public const string Sdl = """
        "A library."
        schema { query: Query mutation: Mutation subscription: Subscription }

        scalar Date
        scalar Decimal

        interface Node { id: ID! }

        enum Genre { FICTION NON_FICTION POETRY }

        type Author implements Node {
          id: ID!
          name: String!
          books: [Book!]!
        }

        "A book."
        type Book implements Node {
          id: ID!
          title: String!
          genre: Genre
          published: Date
          price: Decimal
          author: Author
          "Old name of author."
          writer: Author @deprecated(reason: "Use `author`.")
        }

        type Magazine implements Node { id: ID! issue: Int! }

        union SearchResult = Book | Author | Magazine

        input BookInput { title: String!, genre: Genre = FICTION, price: Decimal, tags: [String!] }

        type Query {
          book(id: ID!): Book
          books(genre: Genre, first: Int, after: String): BookConnection!
          allBooks: [Book!]!
          node(id: ID!): Node
          search(text: String!): [SearchResult!]!
          echo(input: BookInput): String
          slowCount(delayMs: Int = 1): Int
        }

        type Mutation { addBook(input: BookInput!): Book! increment: Int! }

        type Subscription { bookAdded(genre: Genre): Book! }
        """ + "\n" + ConnectionSdl.PageInfo + "\n" + "\n";

    public enum GenreKind { Fiction, NonFiction, Poetry }

    public sealed record Author(string Id, string Name);

    public sealed record Book(string Id, string Title, GenreKind Genre, DateOnly Published, decimal Price, string AuthorId);

    public sealed record Magazine(string Id, int Issue);

    public List<Author> Authors { get; } = [new("a1", "Karen Blixen"), new("a2", "H. C. Andersen"), new("a3", "Inger Christensen")];

    public List<Book> Books { get; } =
    [
        new("b1", "Out of Africa", GenreKind.NonFiction, new DateOnly(1937, 4, 1), 129.95m, "a1"),
        new("b2", "Eventyr", GenreKind.Fiction, new DateOnly(1835, 5, 8), 99.50m, "a2"),
        new("b3", "alfabet", GenreKind.Poetry, new DateOnly(1981, 1, 1), 149.00m, "a3"),
        new("b4", "Babettes gæstebud", GenreKind.Fiction, new DateOnly(1950, 6, 1), 79.00m, "a1"),
    ];

    public int AuthorBatches { get; private set; }

    public int Counter { get; private set; }

    private readonly List<System.Threading.Channels.Channel<Book>> _subscribers = [];

    public Schema Schema { get; }

    public SampleLibrary()
    {
        Schema = new SchemaBuilder()
            .AddTypeDefinitions(Sdl + ConnectionSdl.For("Book"))
            .AddScalar(new DateScalar())
            .AddScalar(new DecimalScalar())
            .BindEnum<GenreKind>("Genre")
            .AddResolver("Query", "book", ctx => Books.Find(b => b.Id == ctx.GetArgument<string>("id")))
            .AddResolver("Query", "books", ctx =>
            {
                var genre = ctx.GetArgument<GenreKind?>("genre");
                var matching = Books.Where(b => genre is null || b.Genre == genre).ToList();
                return ConnectionBuilder.FromList(matching, ConnectionArguments.From(ctx));
            })
            .AddResolver("Query", "allBooks", _ => Books)
            .AddResolver("Query", "node", ctx => (object?)Books.Find(b => b.Id == ctx.GetArgument<string>("id"))
                ?? Authors.Find(a => a.Id == ctx.GetArgument<string>("id")))
            .AddResolver("Query", "search", ctx => Search(ctx.GetArgument<string>("text")))
            .AddResolver("Query", "echo", ctx => System.Text.Json.JsonSerializer.Serialize(ctx.Arguments.GetValueOrDefault("input")))
            .AddResolverAsync("Query", "slowCount", async ctx =>
            {
                await Task.Delay(ctx.GetArgument<int>("delayMs"), ctx.CancellationToken);
                return Books.Count;
            })
            .AddResolver("Book", "author", LoadAuthor)
            .AddResolver("Book", "writer", LoadAuthor)
            .AddResolver("Author", "books", ctx => Books.Where(b => b.AuthorId == ((Author)ctx.Source!).Id).ToList())
            .AddResolver("Mutation", "addBook", ctx => AddBook(ctx.GetArgument<Dictionary<string, object?>>("input")))
            .AddResolver("Mutation", "increment", _ => ++Counter)
            .AddSubscription("Subscription", "bookAdded", ctx => BooksAdded(ctx.GetArgument<GenreKind?>("genre"), ctx.CancellationToken))
            .Build();
    }

    private IEnumerable<object> Search(string text)
    {
        foreach (var book in Books.Where(b => b.Title.Contains(text, StringComparison.OrdinalIgnoreCase))) yield return book;
        foreach (var author in Authors.Where(a => a.Name.Contains(text, StringComparison.OrdinalIgnoreCase))) yield return author;
        if (text == "issue") yield return new Magazine("m1", 7);
    }

    private ValueTask<object?> LoadAuthor(ResolveFieldContext context)
    {
        var loader = context.DataLoaders.GetOrAdd<string, Author>("authors", (ids, _) =>
        {
            AuthorBatches++;
            IReadOnlyDictionary<string, Author> found = Authors.Where(a => ids.Contains(a.Id)).ToDictionary(a => a.Id);
            return Task.FromResult(found);
        });
        var task = loader.LoadAsync(((Book)context.Source!).AuthorId);
        return new ValueTask<object?>(task.ContinueWith(t => (object?)t.Result, TaskContinuationOptions.ExecuteSynchronously));
    }

    private Book AddBook(Dictionary<string, object?> input)
    {
        var book = new Book($"b{Books.Count + 1}", (string)input["title"]!, (GenreKind)input["genre"]!, new DateOnly(2024, 1, 1),
            input.GetValueOrDefault("price") as decimal? ?? 0m, "a1");
        Books.Add(book);
        lock (_subscribers)
        {
            foreach (var subscriber in _subscribers) subscriber.Writer.TryWrite(book);
        }
        return book;
    }

    private async IAsyncEnumerable<Book> BooksAdded(GenreKind? genre, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var channel = System.Threading.Channels.Channel.CreateUnbounded<Book>();
        lock (_subscribers) _subscribers.Add(channel);
        try
        {
            await foreach (var book in channel.Reader.ReadAllAsync(cancellationToken))
            {
                if (genre is null || book.Genre == genre) yield return book;
            }
        }
        finally
        {
            lock (_subscribers) _subscribers.Remove(channel);
        }
    }

    public int SubscriberCount
    {
        get
        {
            lock (_subscribers) return _subscribers.Count;
        }
    }
}
