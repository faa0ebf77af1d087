using System.Text.Json;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Graph.Sqlite;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Core.Tests.Graph.Sqlite;

/// <summary>
/// The SQLite store's table of names (node_names, graph-schema/schema.sql): filled on opening a file
/// written before it existed, kept by triggers, keyed as <see cref="NodeNames.Key"/> keys.
/// </summary>
public sealed class SqliteNodeNamesTests : IDisposable
{
    private readonly TempFolder folder = new();

    private string DatabasePath => Path.Combine(folder.Path, "data", GraphStores.SqliteFileName);

    private static string SchemaSql => Path.Combine(AppContext.BaseDirectory, "graph-schema", "schema.sql");

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task A_file_written_before_the_table_existed_gains_it_filled_on_opening_and_loses_nothing()
    {
        string before;
        await using (var store = Open())
        {
            await store.ReplaceDocumentAsync(SampleGraphs.Huaian2024());
            await store.ReplaceDocumentAsync(SampleGraphs.Lianshui2024());
            await store.ReplaceDocumentAsync(SampleGraphs.Village2024());
            before = await EverythingAsync(store);
        }

        // The file as the store wrote it before the table of names: none of its objects.
        await ExecuteAsync(
            """
            DROP TRIGGER node_names_on_insert; DROP TRIGGER node_names_before_update; DROP TRIGGER node_names_after_update; DROP TRIGGER node_names_before_delete;
            DROP VIEW node_name_keys; DROP TABLE node_names;
            """);
        Assert.Equal(0L, await ScalarAsync("SELECT count(*) FROM sqlite_master WHERE name LIKE 'node_name%'"));

        await using (var store = Open())
        {
            Assert.Equal([SampleGraphs.HuaianCommittee], (await store.FindNamedAsync("市政协")).Select(n => n.Id));
            Assert.Equal([SampleGraphs.LianshuiCommittee], (await store.FindNamedAsync("涟水县政协")).Select(n => n.Id));
            Assert.Equal(before, await EverythingAsync(store));
        }

        // Every node's name and alias, each once; opened again, nothing is added twice.
        var names = await ScalarAsync("SELECT count(*) FROM node_names");
        Assert.Equal(await ScalarAsync("SELECT count(*) FROM (SELECT DISTINCT key, nid FROM node_name_keys WHERE key <> '')"), names);
        Assert.Equal(await ScalarAsync("SELECT count(*) FROM nodes"), await ScalarAsync("SELECT sum(named) FROM node_names"));
        await using (var again = Open())
        {
            await again.InitializeAsync();
        }

        Assert.Equal(names, await ScalarAsync("SELECT count(*) FROM node_names"));
    }

    [Fact]
    public async Task A_file_with_the_first_form_of_the_table_loses_its_index_by_nid_and_keeps_the_names_right_through_renames_and_deletes()
    {
        await using (var store = Open())
        {
            await store.ReplaceDocumentAsync(SampleGraphs.Huaian2024());
            await store.ReplaceDocumentAsync(SampleGraphs.Lianshui2024());
        }

        // The table's first form: an index by nid, and triggers that deleted a node's rows through it.
        await ExecuteAsync(
            """
            DROP TRIGGER node_names_before_update; DROP TRIGGER node_names_after_update; DROP TRIGGER node_names_before_delete;
            CREATE INDEX node_names_by_nid ON node_names (nid);
            CREATE TRIGGER node_names_on_update AFTER UPDATE OF name, aliases ON nodes
                WHEN old.name IS NOT new.name OR old.aliases IS NOT new.aliases BEGIN
                DELETE FROM node_names WHERE nid = old.nid;
                INSERT INTO node_names (key, nid, named) SELECT key, nid, named FROM node_name_keys WHERE nid = new.nid AND key <> ''
                    ON CONFLICT (key, nid) DO UPDATE SET named = max(named, excluded.named);
            END;
            CREATE TRIGGER node_names_on_delete AFTER DELETE ON nodes BEGIN DELETE FROM node_names WHERE nid = old.nid; END;
            """);

        await using (var store = Open())
        {
            await store.InitializeAsync();
        }

        Assert.Equal(
            ["node_names", "node_names_after_update", "node_names_before_delete", "node_names_before_update", "node_names_on_insert"],
            await QueryAsync("SELECT name FROM sqlite_master WHERE name LIKE 'node_names%' ORDER BY name", firstColumnOnly: true));

        // Renamed, given an alias, and deleted: the table follows, and holds nothing of the old names.
        await ExecuteAsync("UPDATE nodes SET name = '淮安政协', aliases = json_array('“淮安市政协”') WHERE id = $id", ("$id", SampleGraphs.HuaianCommittee));
        await ExecuteAsync("DELETE FROM nodes WHERE id = $id", ("$id", SampleGraphs.LianshuiCommittee));
        await using (var store = Open())
        {
            Assert.Equal([SampleGraphs.HuaianCommittee], (await store.FindNamedAsync("淮安政协")).Select(n => n.Id));
            Assert.Equal([SampleGraphs.HuaianCommittee], (await store.FindNamedAsync("淮安市政协")).Select(n => n.Id));
            Assert.Empty(await store.FindNamedAsync("涟水县政协"));
        }

        Assert.Equal(
            await ScalarAsync("SELECT count(*) FROM (SELECT DISTINCT key, nid FROM node_name_keys WHERE key <> '')"),
            await ScalarAsync("SELECT count(*) FROM node_names"));
        Assert.Equal(0L, await ScalarAsync("SELECT count(*) FROM node_names WHERE nid NOT IN (SELECT nid FROM nodes)"));
    }

    [Fact]
    public async Task The_keys_the_triggers_write_are_the_keys_the_program_makes()
    {
        await using (var store = Open())
        {
            await store.InitializeAsync();
        }

        string[] names = ["\u3000“码”上议 ", "《关于加强\"数字政协\"建设的意见》", "'委员之家'\t", "「一事一议」『平台』", "\u00a0政协淮安市委员会\u2003", "《》"];
        await ExecuteAsync(
            "INSERT INTO nodes (id, label, name, aliases) SELECT 'topic:' || key, 'Topic', value, json_array(value || '’') FROM json_each($names)",
            ("$names", JsonSerializer.Serialize(names)));

        var stored = await QueryAsync("SELECT n.name, k.key, k.named FROM node_names k JOIN nodes n ON n.nid = k.nid ORDER BY n.nid, k.named DESC");
        var expected = names.Where(n => NodeNames.Key(n).Length > 0).Select(n => $"{n}|{NodeNames.Key(n)}|1").ToList();
        Assert.Equal(expected, stored);
    }

    private SqliteGraphStore Open() => new(DatabasePath, GraphSchema.Load(), SchemaSql);

    private static async Task<string> EverythingAsync(IGraphStore store)
    {
        var lines = new List<string>();
        await foreach (var node in store.ReadAllNodesAsync())
        {
            lines.Add(JsonSerializer.Serialize(node));
        }

        await foreach (var relation in store.ReadAllRelationsAsync())
        {
            lines.Add(JsonSerializer.Serialize(relation));
        }

        lines.Add(JsonSerializer.Serialize(await store.CountAsync()));
        lines.Add(JsonSerializer.Serialize(await store.FindNodesAsync("政协")));
        return string.Join("\n", lines);
    }

    private async Task ExecuteAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = await ConnectAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await command.ExecuteNonQueryAsync();
    }

    private async Task<long> ScalarAsync(string sql)
    {
        await using var connection = await ConnectAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }

    // Each row as name|key|named, or as its first column alone.
    private async Task<List<string>> QueryAsync(string sql, bool firstColumnOnly = false)
    {
        await using var connection = await ConnectAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(firstColumnOnly ? reader.GetString(0) : $"{reader.GetString(0)}|{reader.GetString(1)}|{reader.GetInt64(2)}");
        }

        return rows;
    }

    private async Task<SqliteConnection> ConnectAsync()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = DatabasePath, Pooling = false }.ToString());
        await connection.OpenAsync();
        return connection;
    }
}
