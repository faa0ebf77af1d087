using KnowledgeGraph.Core.Search.Associations;

namespace KnowledgeGraph.Core.Tests.Search.Associations;

public class CooccurrenceTests
{
    // A small corpus written for the test, in the genre's words: childcare passages, private
    // economy passages, and filler that mentions neither. 民企 and 民营企业 are used alike (with
    // 走访, 纾困, 融资) but never in one passage.
    private static readonly string[][] Passages =
    [
        ["托育", "婴幼儿", "照护", "服务"],
        ["托育", "婴幼儿", "机构", "建设"],
        ["婴幼儿", "照护", "托育", "补贴"],
        ["托育", "照护", "婴幼儿", "家庭"],
        ["民营企业", "走访", "纾困", "政协"],
        ["民营企业", "融资", "纾困", "委员"],
        ["走访", "民营企业", "融资", "调研"],
        ["民企", "走访", "纾困", "委员"],
        ["民企", "融资", "纾困", "政协"],
        ["走访", "民企", "融资", "调研"],
        ["政协", "委员", "调研", "协商"],
        ["政协", "委员", "协商", "建议"],
        ["委员", "调研", "建议", "提案"],
        ["政协", "提案", "办理", "协商"],
        ["服务", "家庭", "建设", "机构"],
        ["补贴", "建设", "办理", "建议"],
    ];

    private static Cooccurrence Counts()
    {
        var counts = new Cooccurrence();
        for (var i = 0; i < Passages.Length; i++)
        {
            counts.Add("doc:test:s1:p1:t" + i, Passages[i]);
        }

        return counts;
    }

    [Fact]
    public void The_same_passages_counted_in_another_order_under_other_ids_give_the_same_associates()
    {
        var reversed = new Cooccurrence();
        for (var i = Passages.Length - 1; i >= 0; i--)
        {
            reversed.Add("doc:moved:s1:p1:t" + i, Passages[i].Reverse());
        }

        // Many pairs here have equal counts, so equal strengths: which are kept, and in what
        // order, must not depend on the order they were counted in.
        var options = new CooccurrenceOptions(MinPairCount: 1, MinWordCount: 1, MinNpmi: 0, PerWord: 3);
        var forward = CooccurrenceAssociations.From(Counts(), options);
        var backward = CooccurrenceAssociations.From(reversed, options);

        Assert.Equal(Listing(forward), Listing(backward));
        Assert.Contains(forward.All(), l => l.Associates.Count == 3);
        foreach (var (word, _) in forward.All())
        {
            Assert.Equal(forward.InContext(word, 10), backward.InContext(word, 10));
        }
    }

    [Fact]
    public void Words_found_together_far_more_often_than_chance_are_associates()
    {
        var learned = CooccurrenceAssociations.From(Counts(), new CooccurrenceOptions(MinPairCount: 2, MinWordCount: 2, MinNpmi: 0.2));

        var associates = learned.Cooccurring("托育", 10).ToDictionary(a => a.Term, a => a.Strength);

        Assert.True(associates["婴幼儿"] > 0.9, "托育 and 婴幼儿 always occur together");
        Assert.Contains("照护", associates.Keys);
        Assert.DoesNotContain("走访", associates.Keys);
        Assert.DoesNotContain("政协", associates.Keys);
        Assert.All(learned.Cooccurring("托育", 10), a => Assert.Equal(AssociateSource.Cooccurrence, a.Source));
    }

    [Fact]
    public void Words_used_alike_are_found_second_order_even_when_they_never_meet()
    {
        var learned = CooccurrenceAssociations.From(Counts(), new CooccurrenceOptions(MinPairCount: 2, MinWordCount: 2, MinNpmi: 0.2));

        Assert.DoesNotContain(learned.Cooccurring("民企", 10), a => a.Term == "民营企业");
        var alike = learned.InContext("民企", 10);
        Assert.Equal("民营企业", alike[0].Term);
        Assert.InRange(alike[0].Strength, 0.8, 1.0);
        Assert.DoesNotContain(alike, a => a.Term == "托育");
    }

    [Fact]
    public void Over_budget_the_rarest_pairs_go_and_the_frequent_ones_keep_their_counts()
    {
        // The corpus ten times over, each round followed by passages of words met once (names,
        // figures): their pairs fill the budget again and again.
        var counts = new Cooccurrence(maxPairs: 60);
        var largest = 0;
        for (var round = 0; round < 10; round++)
        {
            for (var i = 0; i < Passages.Length; i++)
            {
                counts.Add($"doc:r{round}:p{i}", Passages[i]);
                counts.Add($"doc:r{round}:once{i}", [$"甲{round}-{i}", $"乙{round}-{i}", $"丙{round}-{i}", $"丁{round}-{i}"]);
                largest = Math.Max(largest, counts.PairCount);
            }
        }

        Assert.InRange(largest, 1, 60);
        var pairs = counts.Pairs().ToDictionary(p => (counts.Words[p.A], counts.Words[p.B]), p => p.Count);
        var childcare = pairs.Single(p => p.Key is ("托育", "婴幼儿") or ("婴幼儿", "托育")).Value;
        Assert.InRange(childcare, 30, 40);
        Assert.DoesNotContain(pairs, p => p.Key.Item1.StartsWith('甲') || p.Key.Item2.StartsWith('甲'));
        var associates = CooccurrenceAssociations.From(counts).Cooccurring("托育", 10);
        Assert.Contains(associates, a => a.Term == "婴幼儿");
    }

    [Fact]
    public void Pairs_of_small_ids_spread_over_distinct_hash_codes()
    {
        // Every pair among the first 512 ids: XORing the key's halves would give 512 codes in all.
        var keys = new List<long>();
        for (var a = 0; a < 512; a++)
        {
            for (var b = a + 1; b < 512; b++)
            {
                keys.Add(((long)a << 32) | (uint)b);
            }
        }

        var codes = keys.Select(PairKeys.Instance.GetHashCode).Distinct().Count();
        Assert.True(codes > keys.Count * 0.99, $"{codes} distinct codes for {keys.Count} pairs");
    }

    [Fact]
    public void A_passage_counts_once_and_counts_survive_saving()
    {
        var counts = Counts();
        counts.Add("doc:test:s1:p1:t0", ["托育", "走访"]);
        var path = Path.Combine(Path.GetTempPath(), $"kg-cooccurrence-{Guid.NewGuid():N}.bin");
        try
        {
            counts.Save(path);
            var loaded = Cooccurrence.Load(path);

            Assert.Equal(Passages.Length, loaded.Passages);
            Assert.Equal(4, loaded.Counts[loaded.IdOf("托育")]);
            Assert.True(loaded.Counted("doc:test:s1:p1:t3"));
            Assert.False(loaded.Counted("doc:test:s1:p1:t99"));
            Assert.Equal(counts.Pairs().OrderBy(p => (p.A, p.B)), loaded.Pairs().OrderBy(p => (p.A, p.B)));
            Assert.Equal(Passages.Length - 2, loaded.CountMissing(["doc:test:s1:p1:t0", "doc:test:s1:p1:t1"]));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Counts_that_do_not_remember_their_passages_save_without_them_and_count_the_same()
    {
        var remembering = Counts();
        var forgetting = new Cooccurrence(rememberPassages: false);
        for (var i = 0; i < Passages.Length; i++)
        {
            forgetting.Add("doc:test:s1:p1:t" + i, Passages[i]);
        }

        var (withPassages, withoutPassages) = (TempPath(), TempPath());
        try
        {
            remembering.Save(withPassages);
            forgetting.Save(withoutPassages);
            Assert.Equal(new FileInfo(withPassages).Length - 8 * Passages.Length, new FileInfo(withoutPassages).Length);

            // Counts saved with their passages (as every file was before) load without them too.
            foreach (var path in new[] { withPassages, withoutPassages })
            {
                var loaded = Cooccurrence.Load(path, rememberPassages: false);
                Assert.False(loaded.RemembersPassages);
                Assert.Equal(Passages.Length, loaded.Passages);
                Assert.Equal(remembering.Pairs().OrderBy(p => (p.A, p.B)), loaded.Pairs().OrderBy(p => (p.A, p.B)));
                Assert.Throws<InvalidOperationException>(() => loaded.Counted("doc:test:s1:p1:t0"));
            }
        }
        finally
        {
            File.Delete(withPassages);
            File.Delete(withoutPassages);
        }
    }

    private static string TempPath() => Path.Combine(Path.GetTempPath(), $"kg-cooccurrence-{Guid.NewGuid():N}.bin");

    [Fact]
    public void Counts_saved_in_the_first_fixed_width_layout_are_still_read()
    {
        var path = Path.Combine(Path.GetTempPath(), $"kg-cooccurrence-{Guid.NewGuid():N}.bin");
        try
        {
            // Version 1: 32-bit counts, pairs as a 64-bit key (first word's id, second's) and a 32-bit count.
            using (var writer = new BinaryWriter(File.Create(path), System.Text.Encoding.UTF8))
            {
                writer.Write(1);
                writer.Write(3);
                writer.Write(0);
                writer.Write(3);
                writer.Write(2);
                writer.Write("托育");
                writer.Write(3);
                writer.Write("走访");
                writer.Write(2);
                writer.Write(1);
                writer.Write(1L);
                writer.Write(2);
                writer.Write(0);
            }

            var loaded = Cooccurrence.Load(path);

            Assert.Equal(3, loaded.Passages);
            Assert.Equal(3, loaded.FullCountOf);
            Assert.Equal(["托育", "走访"], loaded.Words);
            Assert.Equal([3, 2], loaded.Counts);
            Assert.Equal([(0, 1, 2)], loaded.Pairs().Select(p => (p.A, p.B, p.Count)));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_file_of_another_kind_is_refused_with_a_clear_error()
    {
        var path = Path.Combine(Path.GetTempPath(), $"kg-cooccurrence-{Guid.NewGuid():N}.bin");
        try
        {
            File.WriteAllBytes(path, [9, 0, 0, 0, 1]);
            var error = Assert.Throws<InvalidDataException>(() => Cooccurrence.Load(path));
            Assert.Contains(path, error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static List<string> Listing(CooccurrenceAssociations learned) =>
        learned.All().Select(l => l.Word + ": " + string.Join(", ", l.Associates.Select(a => $"{a.Word} {a.Npmi:R}"))).ToList();
}
