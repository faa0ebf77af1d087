using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Extraction;

/// <summary>
/// A document's graph with, for each piece of evidence, the text of the mention it points at
/// (as the reader saw it, after repairs): what a person checks the evidence against.
/// </summary>
/// <param name="Graph">What the document contributes.</param>
/// <param name="MentionTexts">For every evidence of every node and relation, the mention's text.</param>
public sealed record DocumentReading(DocumentGraph Graph, IReadOnlyDictionary<Evidence, string> MentionTexts);
