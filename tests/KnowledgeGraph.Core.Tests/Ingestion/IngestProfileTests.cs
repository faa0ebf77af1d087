using KnowledgeGraph.Core.Ingestion;

namespace KnowledgeGraph.Core.Tests.Ingestion;

public class IngestProfileTests
{
    [Fact]
    public void A_stage_measured_alone_keeps_the_peak_resident_memory_before_and_after_it()
    {
        var profile = new IngestProfile();
        using (profile.Measure(IngestStage.Index))
        {
            GC.KeepAlive(new byte[1024]);
        }

        using (profile.MeasureAlone(IngestStage.Topics))
        {
            // Touch every page, so that the memory is resident and the high-water mark is at least this far up.
            var block = new byte[32 * 1024 * 1024];
            for (var i = 0; i < block.Length; i += 4096)
            {
                block[i] = 1;
            }

            GC.KeepAlive(block);
        }

        var peaks = profile.PeakResidentBytes;
        var (before, after) = Assert.Single(peaks).Value;
        Assert.Equal(IngestStage.Topics, peaks.Keys.Single());
        Assert.True(before > 0);
        Assert.True(after >= before);
        Assert.True(after >= 32L * 1024 * 1024);
    }

    [Fact]
    public void Each_stage_counts_what_it_allocated_and_no_more()
    {
        var profile = new IngestProfile();
        using (profile.Measure(IngestStage.Graph))
        {
            GC.KeepAlive(new byte[4 * 1024 * 1024]);
        }

        using (profile.MeasureAlone(IngestStage.Associations))
        {
            GC.KeepAlive(new byte[2 * 1024 * 1024]);
        }

        var allocated = profile.AllocatedBytesByStage;
        Assert.InRange(allocated[IngestStage.Graph], 4L * 1024 * 1024, 5L * 1024 * 1024);
        // Measured alone, a stage counts the whole process: other tests may allocate beside it.
        Assert.True(allocated[IngestStage.Associations] >= 2L * 1024 * 1024);
        Assert.Equal(0, allocated[IngestStage.Index]);
    }
}
