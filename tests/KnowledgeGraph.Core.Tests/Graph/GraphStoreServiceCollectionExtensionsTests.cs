using KnowledgeGraph.Core.Graph;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Core.Tests.Graph;

public sealed class GraphStoreServiceCollectionExtensionsTests
{
    [Fact]
    public void AddGraphStore_registers_one_store_and_the_schema_as_singletons()
    {
        var services = new ServiceCollection().AddGraphStore(o => o.DataFolder = "/tmp/kg-data");

        Assert.Equal(ServiceLifetime.Singleton, Assert.Single(services, d => d.ServiceType == typeof(IGraphStore)).Lifetime);
        Assert.Equal(ServiceLifetime.Singleton, Assert.Single(services, d => d.ServiceType == typeof(GraphSchema)).Lifetime);
    }

    [Fact]
    public void The_options_bind_from_the_GraphStore_section()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["GraphStore:Provider"] = "neo4j",
            ["GraphStore:Neo4j:Url"] = "http://localhost:7474",
            ["GraphStore:Neo4j:User"] = "neo4j",
            ["GraphStore:Neo4j:Database"] = "cppcc",
        }).Build();

        var options = configuration.GetSection(GraphStoreOptions.SectionName).Get<GraphStoreOptions>()!;

        Assert.Equal(("neo4j", "http://localhost:7474", "neo4j", "cppcc"), (options.Provider, options.Neo4j.Url, options.Neo4j.User, options.Neo4j.Database));
    }

    [Fact]
    public async Task The_default_provider_is_an_sqlite_file_in_the_data_folder()
    {
        using var folder = new TempFolder();

        await using (var store = GraphStores.Create(new GraphStoreOptions { DataFolder = folder.Path }))
        {
            await store.InitializeAsync();
        }

        Assert.True(File.Exists(Path.Combine(folder.Path, GraphStores.SqliteFileName)));
    }

    [Fact]
    public void An_unknown_provider_or_a_neo4j_store_without_url_is_rejected_with_what_to_set()
    {
        var provider = Assert.Throws<ArgumentException>(() => GraphStores.Create(new GraphStoreOptions { Provider = "memgraph" }));
        var url = Assert.Throws<ArgumentException>(() => GraphStores.Create(new GraphStoreOptions { Provider = "neo4j" }));

        Assert.Contains("GraphStore:Provider", provider.Message);
        Assert.Contains("GraphStore:Neo4j:Url", url.Message);
    }
}
