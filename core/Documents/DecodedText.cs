namespace KnowledgeGraph.Core.Documents;

/// <summary>Text decoded from bytes, with the name of the encoding it was found to be in.</summary>
/// <param name="Text">The decoded text, without the byte order mark.</param>
/// <param name="Encoding">One of the encoding names defined in <see cref="TextDecoding"/>.</param>
public sealed record DecodedText(string Text, string Encoding);
