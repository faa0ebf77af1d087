using System.IO.Compression;

namespace KnowledgeGraph.Core.Graph.Sqlite;

/// <summary>
/// A document's passages as the SQLite store keeps them, for the evidence that quotes them: ids
/// and texts only, in blocks of <see cref="PassagesPerBlock"/> passages, each block compressed
/// (Deflate at its default level: on blocks of Chinese sentences it stores about a quarter less
/// than the fastest level, which keeps almost none of the repeats, for well under a second of CPU
/// per 10 MB of text). A passage is known by its ordinal in the document, so evidence names it in a
/// byte or two; a block is small, so reading one sentence decompresses a few kilobytes.
/// </summary>
/// <remarks>
/// A block holds, for each passage: its id (the part after the document id and ':' when it starts
/// so, else whole) and its text, packed by <see cref="CompactWriter"/>; the block is its packed
/// length and then the packed bytes compressed.
/// </remarks>
internal static class PassageBlocks
{
    /// <summary>Passages per block: 32 sentences are a few kilobytes of text.</summary>
    public const int PassagesPerBlock = 32;

    /// <summary>Blocks per document at most: a block's key is the document's number times this plus the block's.</summary>
    public const long BlocksPerDocument = 1 << 20;

    /// <summary>The blocks of <paramref name="passages"/>, numbered from 0.</summary>
    public static IEnumerable<(int Block, byte[] Data)> Write(string documentId, IReadOnlyList<Passage> passages)
    {
        if (passages.Count > BlocksPerDocument * PassagesPerBlock)
        {
            throw new ArgumentException($"The document {documentId} has {passages.Count} passages; the store keeps at most {BlocksPerDocument * PassagesPerBlock}.", nameof(passages));
        }

        for (var block = 0; block * PassagesPerBlock < passages.Count; block++)
        {
            var packed = new CompactWriter();
            foreach (var passage in passages.Skip(block * PassagesPerBlock).Take(PassagesPerBlock))
            {
                var local = passage.Id.Length > documentId.Length && passage.Id.StartsWith(documentId, StringComparison.Ordinal) && passage.Id[documentId.Length] == ':';
                packed.Unsigned(local ? 1u : 0u);
                packed.Text(local ? passage.Id[(documentId.Length + 1)..] : passage.Id);
                packed.Text(passage.Text);
            }

            yield return (block, Compress(packed.Written));
        }
    }

    /// <summary>The key of a block in the passages table.</summary>
    public static long Key(long document, long block) => (document * BlocksPerDocument) + block;

    /// <summary>The (id, text) of each passage of a block.</summary>
    public static List<(string Id, string Text)> Read(string documentId, byte[] data)
    {
        var packed = Decompress(data);
        var reader = new CompactReader(packed);
        var passages = new List<(string, string)>(PassagesPerBlock);
        while (!reader.AtEnd)
        {
            var local = reader.Unsigned() == 1;
            var id = reader.Text();
            passages.Add((local ? documentId + ":" + id : id, reader.Text()));
        }

        return passages;
    }

    private static byte[] Compress(ReadOnlySpan<byte> packed)
    {
        using var output = new MemoryStream(packed.Length / 2);
        var header = new CompactWriter();
        header.Unsigned((ulong)packed.Length);
        output.Write(header.Written);
        using (var deflate = new DeflateStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            deflate.Write(packed);
        }

        return output.ToArray();
    }

    private static byte[] Decompress(byte[] data)
    {
        var reader = new CompactReader(data);
        var length = checked((int)reader.Unsigned());
        var headerLength = 0;
        for (var rest = (ulong)length; ; rest >>= 7)
        {
            headerLength++;
            if (rest < 0x80)
            {
                break;
            }
        }

        var packed = new byte[length];
        using var deflate = new DeflateStream(new MemoryStream(data, headerLength, data.Length - headerLength), CompressionMode.Decompress);
        deflate.ReadExactly(packed);
        return packed;
    }
}
