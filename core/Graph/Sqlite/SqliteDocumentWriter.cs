using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Core.Graph.Sqlite;

/// <summary>
/// Replaces or removes the contributions of a batch of documents inside the caller's
/// transaction: reads what the documents stated before and the items they touch as they stand,
/// merges (<see cref="ContributionBatch"/>), then writes the merged items, each document's
/// contributions, passages and row, and the shared versions' counts.
/// </summary>
/// <remarks>
/// Every statement is prepared once per batch and run with new values (<see cref="SqliteRows"/>).
/// A shared item (a province, a topic) stated again with nothing left out is merged into the item
/// as it stands, so a write costs the same however many documents state it; and it is written
/// only when the merge changed it.
/// </remarks>
internal sealed class SqliteDocumentWriter
{
    private readonly SqliteConnection _connection;
    private readonly GraphSchema _schema;
    private readonly SqliteRows _rows;

    // What this batch has read or written, by id.
    private readonly Dictionary<string, SqliteRows.NodeRow> _nodes = new(StringComparer.Ordinal);
    private readonly Dictionary<long, string> _nodeIds = [];
    private readonly Dictionary<string, SqliteRows.RelationRow> _relations = new(StringComparer.Ordinal);

    private SqliteDocumentWriter(SqliteConnection connection, GraphSchema schema)
    {
        _connection = connection;
        _schema = schema;
        _rows = new SqliteRows(connection, schema);
    }

    /// <summary>Applies the writes in order; for each, whether the document had a contribution before.</summary>
    public static Task<bool[]> ApplyAsync(SqliteConnection connection, GraphSchema schema, IReadOnlyList<DocumentWrite> writes, CancellationToken cancellationToken) =>
        new SqliteDocumentWriter(connection, schema).RunAsync(writes, cancellationToken);

    private async Task<bool[]> RunAsync(IReadOnlyList<DocumentWrite> writes, CancellationToken cancellationToken)
    {
        await using var rows = _rows;
        var batch = new ContributionBatch(writes);

        // The documents, their nodes and the ends of their relations, as they stand.
        var named = writes.SelectMany(w => w.Graph is null ? [w.DocumentId] : w.Graph.Nodes.Select(n => n.Id).Prepend(w.DocumentId));
        Remember(await _rows.NodesByIdAsync(named, cancellationToken));

        // What each document stated before.
        var previous = new Dictionary<string, List<SqliteRows.Item>>(StringComparer.Ordinal);
        var documents = await _rows.DocumentItemsAsync(writes.Select(w => _nodes.GetValueOrDefault(w.DocumentId)?.Nid).OfType<long>(), cancellationToken);
        foreach (var write in writes)
        {
            if (_nodes.GetValueOrDefault(write.DocumentId) is { } row && documents.TryGetValue(row.Nid, out var items))
            {
                previous[write.DocumentId] = items;
            }
        }

        await LoadPreviousAsync(batch, previous, cancellationToken);

        // The touched items as they stand.
        Remember(await _rows.NodesByIdAsync(batch.NodeIds.Where(id => !_nodes.ContainsKey(id)), cancellationToken));
        foreach (var id in batch.NodeIds)
        {
            if (_nodes.TryGetValue(id, out var row))
            {
                batch.SetStanding(new StandingNode(row.ToNode(_schema), row.History()));
            }
        }

        var unknown = batch.Relations.Where(r => !_relations.ContainsKey(r.Id) && _nodes.ContainsKey(r.From) && _nodes.ContainsKey(r.To)).ToList();
        foreach (var row in await _rows.RelationsByKeyAsync(unknown.Select(r => (_nodes[r.From].Nid, r.Type, _nodes[r.To].Nid, r.Key)), _nodeIds, cancellationToken))
        {
            _relations[row.Relation.Id] = row;
        }

        foreach (var relation in batch.Relations)
        {
            if (_relations.TryGetValue(relation.Id, out var row))
            {
                batch.SetStanding(row.Relation);
            }
        }

        await LoadOtherVersionsAsync(batch, cancellationToken);
        await WriteAsync(batch, batch.Merge(), previous, cancellationToken);
        return writes.Select(w => previous.ContainsKey(w.DocumentId)).ToArray();
    }

    private void Remember(IEnumerable<SqliteRows.NodeRow> rows)
    {
        foreach (var row in rows)
        {
            _nodes[row.Id] = row;
            _nodeIds[row.Nid] = row.Id;
        }
    }

    // The versions the documents stated before, read back as nodes and relations.
    private async Task LoadPreviousAsync(ContributionBatch batch, Dictionary<string, List<SqliteRows.Item>> previous, CancellationToken cancellationToken)
    {
        var items = previous.Values.SelectMany(i => i).ToList();
        Remember(await _rows.NodesByNidAsync(items.Where(i => i.Kind == SqliteRows.NodeKind).Select(i => i.Id).Where(nid => !_nodeIds.ContainsKey(nid)), cancellationToken));
        var relations = (await _rows.RelationsByRidAsync(items.Where(i => i.Kind == SqliteRows.RelationKind).Select(i => i.Id), cancellationToken)).ToDictionary(r => r.Rid);
        foreach (var row in relations.Values)
        {
            _relations[row.Relation.Id] = row;
        }

        var versions = await _rows.VersionsAsync(items.Select(i => i.Version).OfType<long>(), cancellationToken);
        foreach (var (documentId, list) in previous)
        {
            var nodes = list.Where(i => i.Kind == SqliteRows.NodeKind && _nodeIds.ContainsKey(i.Id))
                .Select(i => SqliteVersions.ReadNode(_nodeIds[i.Id], versions[i.Version!.Value], _schema));
            var stated = list.Where(i => i.Kind == SqliteRows.RelationKind && relations.ContainsKey(i.Id))
                .Select(i => SqliteVersions.ReadRelation(relations[i.Id].Relation, i.Version is { } v ? versions[v] : null, _schema));
            batch.SetPrevious(documentId, nodes, stated);
        }
    }

    // The versions that documents outside the batch state of the items to merge from all their versions.
    private async Task LoadOtherVersionsAsync(ContributionBatch batch, CancellationToken cancellationToken)
    {
        var documents = batch.DocumentIds.Select(id => _nodes.GetValueOrDefault(id)?.Nid).OfType<long>().ToList();
        var fullNodes = batch.FullNodes.Where(_nodes.ContainsKey).ToDictionary(id => _nodes[id].Nid);
        var fullRelations = batch.FullRelations.Where(_relations.ContainsKey).ToDictionary(id => _relations[id].Rid);
        var nodeVersions = await _rows.OtherVersionsAsync(SqliteRows.NodeKind, fullNodes.Keys, documents, cancellationToken);
        var relationVersions = await _rows.OtherVersionsAsync(SqliteRows.RelationKind, fullRelations.Keys, documents, cancellationToken);
        var data = await _rows.VersionsAsync(nodeVersions.Concat(relationVersions).Select(v => v.Version).OfType<long>(), cancellationToken);
        foreach (var group in nodeVersions.GroupBy(v => v.Item))
        {
            var id = fullNodes[group.Key];
            batch.SetOtherVersions(id, group.Select(v => SqliteVersions.ReadNode(id, data[v.Version!.Value], _schema)).ToList());
        }

        foreach (var group in relationVersions.GroupBy(v => v.Item))
        {
            var reference = _relations[fullRelations[group.Key]].Relation;
            batch.SetOtherVersions(reference.Id, group.Select(v => SqliteVersions.ReadRelation(reference, v.Version is { } vid ? data[vid] : null, _schema)).ToList());
        }
    }

    // Everything that goes is removed before anything is added, so that a number freed in the
    // batch (a dropped node's nid) and given again is never met by a row that still names the old.
    private async Task WriteAsync(ContributionBatch batch, BatchResult result, Dictionary<string, List<SqliteRows.Item>> previous, CancellationToken cancellationToken)
    {
        var before = new List<(long Document, SqliteRows.Item Item)>();
        var kept = new HashSet<(int Kind, long Item, long Document)>();
        var deleted = new List<long>();
        for (var i = 0; i < batch.Writes.Count; i++)
        {
            var write = batch.Writes[i];
            if (!previous.TryGetValue(write.DocumentId, out var items))
            {
                continue;
            }

            var document = _nodes[write.DocumentId].Nid;
            before.AddRange(items.Select(item => (document, item)));
            var (nodes, relations) = batch.Stated(i);
            kept.UnionWith(nodes.Keys.Where(_nodes.ContainsKey).Select(id => (SqliteRows.NodeKind, _nodes[id].Nid, document)));
            kept.UnionWith(relations.Keys.Where(_relations.ContainsKey).Select(id => (SqliteRows.RelationKind, _relations[id].Rid, document)));
            if (write.Graph is null)
            {
                deleted.Add(document);
            }
        }

        await _rows.ForgetAsync(before, kept, cancellationToken);
        await _rows.DeleteDocumentsAsync(deleted, cancellationToken);
        await _rows.DeleteRelationsAsync(result.DroppedRelations.Where(r => _relations.ContainsKey(r.Id)).Select(r => _relations[r.Id].Rid).ToList(), cancellationToken);
        await _rows.DeleteNodesAsync(result.DroppedNodes.Where(_nodes.ContainsKey).Select(id => _nodes[id].Nid).ToList(), cancellationToken);

        await WriteNodesAsync(result.Nodes, cancellationToken);
        await WriteRelationsAsync(result.Relations, cancellationToken);

        var stated = 0;
        for (var i = 0; i < batch.Writes.Count; i++)
        {
            var (nodes, relations) = batch.Stated(i);
            stated += nodes.Count + relations.Count;
        }

        var contributions = new List<SqliteRows.NewContribution>(stated);
        var counts = new List<int>();
        for (var i = 0; i < batch.Writes.Count; i++)
        {
            var (nodes, relations) = batch.Stated(i);
            if (batch.Writes[i].Graph is not { } graph)
            {
                continue;
            }

            var document = _nodes[graph.Document.Id].Nid;
            var passages = new EvidenceCodec.PassageMap(graph.Passages);
            foreach (var node in nodes.Values)
            {
                contributions.Add(new(SqliteRows.NodeKind, _nodes[node.Id].Nid, document, SqliteVersions.Write(node), EvidenceCodec.Write(node.Evidence, passages)));
            }

            foreach (var relation in relations.Values)
            {
                contributions.Add(new(SqliteRows.RelationKind, _relations[relation.Id].Rid, document, SqliteVersions.Write(relation), EvidenceCodec.Write(relation.Evidence, passages)));
            }

            counts.Add(nodes.Count + relations.Count);
        }

        var added = await _rows.AddContributionsAsync(contributions, cancellationToken);
        var seq = await _rows.NextSeqAsync(cancellationToken);
        var at = 0;
        var written = 0;
        foreach (var write in batch.Writes)
        {
            if (write.Graph is { } graph)
            {
                var items = added.GetRange(at, counts[written]);
                at += counts[written++];
                await _rows.WriteDocumentAsync(_nodes[graph.Document.Id].Nid, seq++, items, graph.Document.Id, graph.Passages, cancellationToken);
            }
        }

        await _rows.SettleVersionsAsync(cancellationToken);
    }

    // The merged nodes: new ones inserted, those whose merge changed them updated, the others left.
    private async Task WriteNodesAsync(IReadOnlyList<MergedNode> merged, CancellationToken cancellationToken)
    {
        var inserts = new List<SqliteRows.NodeRow>();
        var updates = new List<SqliteRows.NodeRow>();
        foreach (var (node, history) in merged)
        {
            var aliases = SqliteVersions.Aliases(node.Aliases);
            var historyJson = history.SequenceEqual(node.Aliases, StringComparer.Ordinal) ? null : PropertyJson.ToJson(history);
            var standing = _nodes.GetValueOrDefault(node.Id);
            var row = new SqliteRows.NodeRow(standing?.Nid ?? 0, node.Id, node.Label, node.Name, aliases, SqliteVersions.Properties(node.Properties), historyJson);
            if (standing is null)
            {
                inserts.Add(row);
            }
            else if (row != standing)
            {
                updates.Add(row);
                _nodes[node.Id] = row;
            }
        }

        await _rows.UpdateNodesAsync(updates, cancellationToken);
        var nids = await _rows.InsertNodesAsync(inserts, cancellationToken);
        foreach (var row in inserts)
        {
            _nodes[row.Id] = row with { Nid = nids[row.Id] };
            _nodeIds[nids[row.Id]] = row.Id;
        }
    }

    // The merged relations: new ones inserted, those whose properties changed updated.
    private async Task WriteRelationsAsync(IReadOnlyList<Relation> merged, CancellationToken cancellationToken)
    {
        var inserts = new List<(Relation Relation, long From, long To, string? Properties)>();
        var updates = new List<(long Rid, string? Properties)>();
        foreach (var relation in merged)
        {
            var properties = SqliteVersions.Properties(relation.Properties);
            if (_relations.GetValueOrDefault(relation.Id) is { } standing)
            {
                if (standing.Properties != properties)
                {
                    updates.Add((standing.Rid, properties));
                }

                _relations[relation.Id] = standing with { Relation = relation with { Evidence = [] }, Properties = properties };
            }
            else
            {
                inserts.Add((relation, _nodes[relation.From].Nid, _nodes[relation.To].Nid, properties));
            }
        }

        await _rows.UpdateRelationsAsync(updates, cancellationToken);
        var rids = await _rows.InsertRelationsAsync(inserts.Select(i => (i.From, i.Relation.Type, i.To, i.Relation.Key, i.Properties)).ToList(), cancellationToken);
        for (var i = 0; i < inserts.Count; i++)
        {
            var (relation, _, _, properties) = inserts[i];
            _relations[relation.Id] = new SqliteRows.RelationRow(rids[i], relation with { Evidence = [] }, properties);
        }
    }
}
