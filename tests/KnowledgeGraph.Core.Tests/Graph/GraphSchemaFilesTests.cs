using System.Text.RegularExpressions;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Graph.Neo4j;
using KnowledgeGraph.Core.Graph.Sqlite;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Core.Tests.Graph;

/// <summary>graph-schema/schema.cypher and schema.sql agree with schema.json.</summary>
public sealed class GraphSchemaFilesTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "graph-schema");

    [Fact]
    public void Every_label_of_schema_json_has_a_uniqueness_constraint_on_id_and_an_index_on_name_in_schema_cypher()
    {
        var statements = Neo4jGraphStore.ReadStatements(Path.Combine(Folder, "schema.cypher"));

        foreach (var label in GraphSchema.Load().Labels.Keys.Append("Entity"))
        {
            Assert.Contains(statements, s => Regex.IsMatch(s, $@"^CREATE CONSTRAINT \w+ IF NOT EXISTS FOR \(n:{label}\) REQUIRE n\.id IS UNIQUE$"));
            Assert.Contains(statements, s => Regex.IsMatch(s, $@"^CREATE (TEXT )?INDEX \w+ IF NOT EXISTS FOR \(n:{label}\) ON \(n\.name\)$"));
        }

        var labels = statements.Select(s => Regex.Match(s, @"FOR \(\w:(\w+)\)").Groups[1].Value).ToHashSet();
        Assert.Equal(GraphSchema.Load().Labels.Keys.Append("Entity").Append("Contribution").Order(), labels.Order());
        Assert.Equal(statements.Count, statements.Select(s => s.Split(' ')[s.StartsWith("CREATE TEXT", StringComparison.Ordinal) ? 3 : 2]).Distinct().Count());
    }

    [Fact]
    public void Contributions_are_unique_per_document_and_item_and_found_by_either_in_schema_cypher()
    {
        var statements = Neo4jGraphStore.ReadStatements(Path.Combine(Folder, "schema.cypher"));

        Assert.Contains("CREATE CONSTRAINT contribution_key IF NOT EXISTS FOR (c:Contribution) REQUIRE (c.document, c.kind, c.item) IS UNIQUE", statements);
        Assert.Contains(statements, s => Regex.IsMatch(s, @"^CREATE INDEX \w+ IF NOT EXISTS FOR \(c:Contribution\) ON \(c\.document\)$"));
        Assert.Contains(statements, s => Regex.IsMatch(s, @"^CREATE INDEX \w+ IF NOT EXISTS FOR \(c:Contribution\) ON \(c\.item\)$"));
    }

    [Fact]
    public async Task Schema_sql_creates_the_tables_and_indexes_the_sqlite_store_needs_and_can_be_applied_twice()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "graph.db");
        for (var i = 0; i < 2; i++)
        {
            await using var store = new SqliteGraphStore(path, GraphSchema.Load(), Path.Combine(Folder, "schema.sql"));
            await store.InitializeAsync();
        }

        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        var names = await connection.QueryAsync("SELECT name FROM sqlite_master WHERE type IN ('table', 'index')", r => r.GetString(0), CancellationToken.None);
        Assert.Superset(
            new HashSet<string>
            {
                "nodes", "relations", "documents", "versions", "contributions", "passages",
                "nodes_by_label", "nodes_by_relation_order", "relations_by_from", "relations_by_to", "documents_by_seq", "versions_by_hash",
            },
            names.ToHashSet());
    }
}
