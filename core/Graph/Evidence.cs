namespace KnowledgeGraph.Core.Graph;

/// <summary>
/// Where a fact was read: the document, the sentence (passage) and the characters of the mention
/// in the document's ORIGINAL text (as loaded, before repairs), with the sentence's text.
/// </summary>
/// <param name="DocumentId">Id of the <see cref="DocumentGraph.Document"/> node.</param>
/// <param name="PassageId">Id of the sentence, as in <see cref="Passage.Id"/>.</param>
/// <param name="Start">Offset of the mention's first character in the original text.</param>
/// <param name="End">Offset just past the mention in the original text.</param>
/// <param name="Text">The sentence, as repaired (the text a reader sees).</param>
/// <param name="MentionStart">
/// The mention's first character in <paramref name="Text"/>. Repairs (joined line breaks, undone
/// doubled glyphs) make it differ from <paramref name="Start"/> less the sentence's start, so it is
/// kept as the extractor found it. Null in graphs written before it was kept.
/// </param>
/// <param name="MentionEnd">Just past the mention in <paramref name="Text"/>; null with <paramref name="MentionStart"/>.</param>
public sealed record Evidence(string DocumentId, string PassageId, int Start, int End, string Text, int? MentionStart = null, int? MentionEnd = null);
