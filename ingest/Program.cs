using System.CommandLine;
using KnowledgeGraph.Core;
using KnowledgeGraph.Ingest.Commands;

RegexTimeouts.Install();

var root = new RootCommand("Reads CPPCC documents into the knowledge graph and its full-text index.")
{
    SegmentCommand.Create(),
    StructureCommand.Create(),
    ExtractCommand.Create(),
    IngestCommand.Create(),
    CheckCommand.Create(),
    ExportCommand.Create(),
};

return await root.Parse(args).InvokeAsync();
