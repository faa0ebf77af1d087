using Lucene.Net.Store;

namespace KnowledgeGraph.Core.Search;

/// <summary>
/// Index files read by ordinary file reads (<see cref="NIOFSDirectory"/>), with the stored fields
/// read a whole compressed block at a time.
/// </summary>
/// <remarks>
/// Lucene keeps a passage's stored fields in a compressed block with some 30 neighbours and, to
/// read one, seeks to the block's start and decompresses up to it. Through the default
/// 1 KB buffer each read of a passage costs a dozen positioned reads, taken under the file's lock:
/// reading the corpus through once (the topic and association refreshes after an ingest) spent as
/// much in those reads as in decompressing. With a buffer larger than a block, the passages of a
/// block, and those of the next few, are read from memory.
/// </remarks>
public sealed class BlockReadDirectory(string folder) : NIOFSDirectory(folder)
{
    /// <summary>Bytes read at once from a stored-fields file: two compressed blocks and more.</summary>
    public const int StoredFieldsBuffer = 64 * 1024;

    /// <inheritdoc />
    public override IndexInput OpenInput(string name, IOContext context)
    {
        var input = base.OpenInput(name, context);
        if (name.EndsWith(".fdt", StringComparison.Ordinal) && input is BufferedIndexInput buffered)
        {
            buffered.SetBufferSize(StoredFieldsBuffer);
        }

        return input;
    }
}
