namespace KnowledgeGraph.Core.Graph;

/// <summary>
/// Everything one document contributes: its own node, the entities and relations read from it
/// (each with evidence in this document), and its passages for the index. Stores replace a
/// document's contribution as a whole.
/// </summary>
/// <param name="Document">The <c>Document</c> node (title, committee, year, source, contentHash).</param>
/// <param name="Nodes">Entities read from the document, without the document node.</param>
/// <param name="Relations">Relations read from the document.</param>
/// <param name="Passages">The document's sentences.</param>
public sealed record DocumentGraph(
    Node Document,
    IReadOnlyList<Node> Nodes,
    IReadOnlyList<Relation> Relations,
    IReadOnlyList<Passage> Passages);
