using GraphQL;
using GraphQL.Types;

namespace AgreementTracker.GraphQL.Benchmarks.GraphQLNet;

/// <summary>
/// <see cref="BenchmarkData.Sdl"/> written code-first for GraphQL.NET, the way a .NET team would use it;
/// every field reads its parent's dictionary entry, as our engine's default resolver does.
/// </summary>
internal abstract class DictionaryGraphType : ObjectGraphType
{
    protected void Entry<TGraphType>(string name) where TGraphType : IGraphType =>
        Field<TGraphType>(name).Resolve(context => ((Dictionary<string, object?>)context.Source!)[name]);
}

internal sealed class QueryGraphType : DictionaryGraphType
{
    public QueryGraphType()
    {
        Name = "Query";
        Entry<NonNullGraphType<ShopGraphType>>("shop");
        Entry<NonNullGraphType<ListGraphType<NonNullGraphType<ItemGraphType>>>>("items");
        Entry<NonNullGraphType<ListGraphType<NonNullGraphType<OrderGraphType>>>>("orders");
        Entry<NonNullGraphType<ListGraphType<NonNullGraphType<IntGraphType>>>>("readings");
    }
}

internal sealed class ShopGraphType : DictionaryGraphType
{
    public ShopGraphType()
    {
        Name = "Shop";
        Entry<NonNullGraphType<StringGraphType>>("name");
        Entry<NonNullGraphType<StringGraphType>>("city");
        Entry<NonNullGraphType<BooleanGraphType>>("open");
        Entry<NonNullGraphType<SupplierGraphType>>("owner");
    }
}

internal sealed class ItemGraphType : DictionaryGraphType
{
    public ItemGraphType()
    {
        Name = "Item";
        Entry<NonNullGraphType<IdGraphType>>("id");
        Entry<NonNullGraphType<StringGraphType>>("name");
        Entry<NonNullGraphType<FloatGraphType>>("price");
        Entry<NonNullGraphType<IntGraphType>>("stock");
        Entry<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("tags");
        Entry<NonNullGraphType<SupplierGraphType>>("supplier");
    }
}

internal sealed class SupplierGraphType : DictionaryGraphType
{
    public SupplierGraphType()
    {
        Name = "Supplier";
        Entry<NonNullGraphType<IdGraphType>>("id");
        Entry<NonNullGraphType<StringGraphType>>("name");
        Entry<NonNullGraphType<StringGraphType>>("country");
    }
}

internal sealed class OrderGraphType : DictionaryGraphType
{
    public OrderGraphType()
    {
        Name = "Order";
        Entry<NonNullGraphType<IdGraphType>>("id");
        Entry<NonNullGraphType<StringGraphType>>("placed");
        Entry<NonNullGraphType<CustomerGraphType>>("customer");
        Entry<NonNullGraphType<ListGraphType<NonNullGraphType<OrderLineGraphType>>>>("lines");
    }
}

internal sealed class CustomerGraphType : DictionaryGraphType
{
    public CustomerGraphType()
    {
        Name = "Customer";
        Entry<NonNullGraphType<IdGraphType>>("id");
        Entry<NonNullGraphType<StringGraphType>>("name");
        Entry<NonNullGraphType<StringGraphType>>("city");
    }
}

internal sealed class OrderLineGraphType : DictionaryGraphType
{
    public OrderLineGraphType()
    {
        Name = "OrderLine";
        Entry<NonNullGraphType<IntGraphType>>("quantity");
        Entry<NonNullGraphType<ItemGraphType>>("item");
    }
}
