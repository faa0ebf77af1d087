using System.Buffers.Binary;
using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace KnowledgeGraph.Core.Search.Topics;

/// <summary>
/// The file of the passages' topic vectors in a topic folder: <c>passages.bin</c>, compact, or
/// <c>passages.tsv</c>, the text form written before it (still read; replaced at the next save).
/// </summary>
/// <remarks>
/// <para>A topic share is kept to four decimals (finer differences do not change which passages are
/// alike: the vectors are compared by cosine), so each share is a count of ten-thousandths in two
/// bytes. <see cref="Round"/> is what a vector goes through before it is used or saved, so that a
/// process that loads the file compares passages exactly as the one that wrote it.</para>
/// <para>Binary layout, Deflate-compressed as a whole: the magic <c>KGTV</c>, a format byte (1),
/// then 32-bit little-endian the number of passages the model was trained on, the number of topics
/// and the number of passages; then each passage in ordinal order of its id: the length of the
/// prefix it shares with the previous id and the length of the rest (7-bit variable-length
/// integers, in UTF-8 bytes), the rest of the id in UTF-8, and one 16-bit little-endian share per
/// topic. Passage ids of one document share long prefixes, so the ids cost little.</para>
/// </remarks>
internal static class TopicVectorsFile
{
    /// <summary>The compact file.</summary>
    public const string Name = "passages.bin";

    /// <summary>The text file of earlier versions: <c># trained on N passages</c>, then <c>id⇥share,share,…</c> per line.</summary>
    public const string LegacyName = "passages.tsv";

    private const byte Format = 1;
    private static readonly byte[] Magic = "KGTV"u8.ToArray();

    /// <summary>The path of the vectors in <paramref name="folder"/>: the compact file, else the text file, else null.</summary>
    public static string? PathIn(string folder)
    {
        var compact = Path.Combine(folder, Name);
        if (File.Exists(compact))
        {
            return compact;
        }

        var legacy = Path.Combine(folder, LegacyName);
        return File.Exists(legacy) ? legacy : null;
    }

    /// <summary>A topic share as it is stored: to four decimals.</summary>
    public static float Round(float share) => Share(Quantize(share));

    /// <summary>Reads the vectors and the number of passages trained on from <paramref name="path"/> (either form).</summary>
    public static (Dictionary<string, float[]> Vectors, int TrainedOn) Read(string path) =>
        path.EndsWith(".tsv", StringComparison.Ordinal) ? ReadText(path) : ReadBinary(path);

    /// <summary>Writes the vectors to <paramref name="folder"/>'s compact file (by a temporary file and a move) and removes the text form.</summary>
    public static void Write(string folder, IReadOnlyDictionary<string, float[]> vectors, int trainedOn)
    {
        var path = Path.Combine(folder, Name);
        var topics = vectors.Count == 0 ? 0 : vectors.Values.First().Length;
        using (var file = File.Create(path + ".tmp"))
        using (var deflate = new DeflateStream(file, CompressionLevel.Optimal))
        using (var writer = new BinaryWriter(deflate, Encoding.UTF8))
        {
            writer.Write(Magic);
            writer.Write(Format);
            writer.Write(trainedOn);
            writer.Write(topics);
            writer.Write(vectors.Count);
            var previous = Array.Empty<byte>();
            Span<byte> share = stackalloc byte[2];
            foreach (var (id, vector) in vectors.OrderBy(v => v.Key, StringComparer.Ordinal))
            {
                var bytes = Encoding.UTF8.GetBytes(id);
                var shared = bytes.AsSpan().CommonPrefixLength(previous);
                writer.Write7BitEncodedInt(shared);
                writer.Write7BitEncodedInt(bytes.Length - shared);
                writer.Write(bytes, shared, bytes.Length - shared);
                if (vector.Length != topics)
                {
                    throw new InvalidOperationException($"passage {id} has {vector.Length} topic shares, not {topics}.");
                }

                foreach (var value in vector)
                {
                    BinaryPrimitives.WriteUInt16LittleEndian(share, Quantize(value));
                    writer.Write(share);
                }

                previous = bytes;
            }
        }

        File.Move(path + ".tmp", path, overwrite: true);
        File.Delete(Path.Combine(folder, LegacyName));
    }

    // In double, as Math.Round(share, 4) rounds: the shares are those of the text file before.
    private static ushort Quantize(float share) => (ushort)Math.Clamp(Math.Round(share * 10000.0), 0, ushort.MaxValue);

    private static float Share(ushort tenThousandths) => (float)(tenThousandths / 10000.0);

    private static (Dictionary<string, float[]>, int) ReadBinary(string path)
    {
        using var file = File.OpenRead(path);
        using var deflate = new DeflateStream(file, CompressionMode.Decompress);
        using var reader = new BinaryReader(deflate, Encoding.UTF8);
        if (!reader.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic) || reader.ReadByte() != Format)
        {
            throw new InvalidDataException($"{path} is not a topic vectors file of format {Format}.");
        }

        var trainedOn = reader.ReadInt32();
        var topics = reader.ReadInt32();
        var count = reader.ReadInt32();
        if (topics < 0 || count < 0)
        {
            throw new InvalidDataException($"{path} is damaged: {topics} topics, {count} passages.");
        }

        var vectors = new Dictionary<string, float[]>(count, StringComparer.Ordinal);
        var id = new byte[256];
        var length = 0;
        for (var i = 0; i < count; i++)
        {
            var shared = reader.Read7BitEncodedInt();
            var rest = reader.Read7BitEncodedInt();
            if (shared > length || rest < 0)
            {
                throw new InvalidDataException($"{path} is damaged at passage {i}.");
            }

            if (shared + rest > id.Length)
            {
                Array.Resize(ref id, Math.Max(id.Length * 2, shared + rest));
            }

            reader.BaseStream.ReadExactly(id, shared, rest);
            length = shared + rest;
            var vector = new float[topics];
            for (var t = 0; t < topics; t++)
            {
                vector[t] = Share(reader.ReadUInt16());
            }

            vectors[Encoding.UTF8.GetString(id, 0, length)] = vector;
        }

        return (vectors, trainedOn);
    }

    private static (Dictionary<string, float[]>, int) ReadText(string path)
    {
        var vectors = new Dictionary<string, float[]>(StringComparer.Ordinal);
        var trainedOn = 0;
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith("# trained on ", StringComparison.Ordinal))
            {
                trainedOn = int.Parse(line["# trained on ".Length..].Split(' ')[0], CultureInfo.InvariantCulture);
                continue;
            }

            if (line.Split('\t') is [var id, var values])
            {
                vectors[id] = values.Split(',').Select(v => float.Parse(v, CultureInfo.InvariantCulture)).ToArray();
            }
        }

        return (vectors, trainedOn);
    }
}
