using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Core.Graph.Sqlite;

/// <summary>
/// Reads items' evidence back from their contributions: each piece's document id, passage id,
/// offsets and sentence, the sentence taken from the document's passage blocks (kept for the
/// reader's life, so that a page of items quoting the same sentences decompresses each block once).
/// </summary>
internal sealed class SqliteEvidence(SqliteConnection connection) : IAsyncDisposable
{
    // Enough for the documents of a large neighbourhood or an export page; emptied when full.
    private const int MaxBlocks = 4096;

    private readonly Dictionary<(long Doc, long Block), List<(string Id, string Text)>> _blocks = [];
    private SqliteCommand? _block;

    /// <summary>
    /// The evidence of each item of <paramref name="kind"/> (<see cref="SqliteRows.NodeKind"/> or
    /// <see cref="SqliteRows.RelationKind"/>) among <paramref name="items"/>, by document id, then
    /// offset, then the order it was stated in; items without evidence are missing.
    /// </summary>
    public async Task<Dictionary<long, Evidence[]>> ReadAsync(int kind, IEnumerable<long> items, CancellationToken cancellationToken)
    {
        // CROSS JOIN keeps the items as the outer loop: left to itself, SQLite read every
        // contribution of the kind (the key's first column) and looked each up in the list, which
        // took seconds for the relations of a neighbourhood (3.5 s for 84 relations at 10 MB).
        var rows = await connection.QueryAsync(
            """
            SELECT c.item, c.doc, d.id, c.evidence FROM json_each($items) j
              CROSS JOIN contributions c ON c.kind = $kind AND c.item = j.value JOIN nodes d ON d.nid = c.doc
             WHERE c.evidence IS NOT NULL
            """,
            r => (Item: r.GetInt64(0), Doc: r.GetInt64(1), DocumentId: r.GetString(2), Data: (byte[])r.GetValue(3)),
            cancellationToken,
            ("$kind", kind),
            ("$items", JsonSerializer.Serialize(items.Distinct())));
        var evidence = new Dictionary<long, List<Evidence>>();
        foreach (var row in rows)
        {
            if (!evidence.TryGetValue(row.Item, out var list))
            {
                evidence[row.Item] = list = [];
            }

            foreach (var piece in EvidenceCodec.Read(row.Data))
            {
                var (passageId, text) = piece.Ordinal < 0 ? (piece.PassageId!, piece.Text!) : await PassageAsync(row.Doc, row.DocumentId, piece.Ordinal, cancellationToken);
                list.Add(new Evidence(row.DocumentId, passageId, piece.Start, piece.End, text, piece.MentionStart, piece.MentionEnd));
            }
        }

        return evidence.ToDictionary(
            e => e.Key,
            e => e.Value.OrderBy(x => x.DocumentId, StringComparer.Ordinal).ThenBy(x => x.Start).ToArray());
    }

    public async ValueTask DisposeAsync()
    {
        if (_block is not null)
        {
            await _block.DisposeAsync();
        }
    }

    private async Task<(string Id, string Text)> PassageAsync(long doc, string documentId, int ordinal, CancellationToken cancellationToken)
    {
        var key = (doc, (long)(ordinal / PassageBlocks.PassagesPerBlock));
        if (!_blocks.TryGetValue(key, out var passages))
        {
            if (_blocks.Count >= MaxBlocks)
            {
                _blocks.Clear();
            }

            _block ??= connection.Command("SELECT data FROM passages WHERE key = $key", ("$key", 0L));
            _block.Parameters["$key"].Value = PassageBlocks.Key(key.doc, key.Item2);
            var data = await _block.ExecuteScalarAsync(cancellationToken) as byte[]
                ?? throw new FormatException($"The passages of {documentId} (block {key.Item2}) are missing.");
            _blocks[key] = passages = PassageBlocks.Read(documentId, data);
        }

        var index = ordinal % PassageBlocks.PassagesPerBlock;
        return index < passages.Count ? passages[index] : throw new FormatException($"Evidence of {documentId} names passage {ordinal}, which it does not have.");
    }
}
