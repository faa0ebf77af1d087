namespace KnowledgeGraph.Core.Graph.Sqlite;

/// <summary>
/// One document's evidence for one item, packed: each piece is the ordinal of its passage in the
/// document and the mention's offsets, so the sentence's text is kept once, with the passages
/// (<see cref="PassageBlocks"/>). A piece whose text is not its passage's (or whose passage the
/// document does not have) keeps its passage id and text itself, so what is read back is always
/// what was written.
/// </summary>
/// <remarks>
/// Per piece: a number whose low bit says "text kept here" and whose other bits are the change of
/// the passage ordinal from the piece before (zigzagged); when the bit is set, the passage id and
/// the text; then the change of the start offset from the piece before and the mention's length,
/// both zigzagged; then where the mention stands in the sentence: 0 when that is not known, else its
/// start plus one followed by its length. Pieces keep their order.
/// </remarks>
internal static class EvidenceCodec
{
    /// <summary>A document's passages by id, with their ordinals and texts, for <see cref="Write"/>.</summary>
    public sealed class PassageMap
    {
        private readonly Dictionary<string, (int Ordinal, string Text)> _byId = new(StringComparer.Ordinal);

        public PassageMap(IReadOnlyList<Passage> passages)
        {
            for (var i = 0; i < passages.Count; i++)
            {
                _byId.TryAdd(passages[i].Id, (i, passages[i].Text));
            }
        }

        public bool TryFind(string passageId, string text, out int ordinal)
        {
            if (_byId.TryGetValue(passageId, out var found) && string.Equals(found.Text, text, StringComparison.Ordinal))
            {
                ordinal = found.Ordinal;
                return true;
            }

            ordinal = -1;
            return false;
        }
    }

    /// <summary>A piece read back: the passage's ordinal, or (when -1) its id and text as kept with the piece.</summary>
    public readonly record struct Piece(int Ordinal, string? PassageId, string? Text, int Start, int End, int? MentionStart, int? MentionEnd);

    /// <summary>The packed evidence; null when there is none.</summary>
    public static byte[]? Write(IReadOnlyList<Evidence> evidence, PassageMap passages)
    {
        if (evidence.Count == 0)
        {
            return null;
        }

        var writer = CompactWriter.Reused();
        var (ordinal, start) = (0, 0);
        foreach (var e in evidence)
        {
            if (passages.TryFind(e.PassageId, e.Text, out var found))
            {
                writer.Unsigned(Zigzag(found - ordinal) << 1);
                ordinal = found;
            }
            else
            {
                writer.Unsigned(1);
                writer.Text(e.PassageId);
                writer.Text(e.Text);
            }

            writer.Signed(e.Start - (long)start);
            writer.Signed(e.End - (long)e.Start);
            if (e is { MentionStart: { } mentionStart, MentionEnd: { } mentionEnd })
            {
                writer.Unsigned((ulong)mentionStart + 1);
                writer.Signed(mentionEnd - (long)mentionStart);
            }
            else
            {
                writer.Unsigned(0);
            }

            start = e.Start;
        }

        return writer.ToArray();
    }

    public static List<Piece> Read(byte[] data)
    {
        var reader = new CompactReader(data);
        var pieces = new List<Piece>();
        var (ordinal, start) = (0, 0);
        while (!reader.AtEnd)
        {
            var head = reader.Unsigned();
            string? passageId = null, text = null;
            var at = -1;
            if ((head & 1) == 1)
            {
                passageId = reader.Text();
                text = reader.Text();
            }
            else
            {
                var delta = head >> 1;
                ordinal += checked((int)((long)(delta >> 1) ^ -(long)(delta & 1)));
                at = ordinal;
            }

            start = checked(start + reader.Int());
            var end = checked(start + reader.Int());
            var mention = reader.Unsigned();
            int? mentionStart = mention == 0 ? null : checked((int)(mention - 1));
            int? mentionEnd = mentionStart is { } from ? checked(from + reader.Int()) : null;
            pieces.Add(new Piece(at, passageId, text, start, end, mentionStart, mentionEnd));
        }

        return pieces;
    }

    private static ulong Zigzag(long value) => (ulong)((value << 1) ^ (value >> 63));
}
