namespace KnowledgeGraph.Core.Text;

/// <summary>
/// Repairs the damage that PDF and web extraction does to Chinese text, keeping a map from every
/// repaired character back to the original (<see cref="NormalizedText"/>).
/// </summary>
/// <remarks>
/// The passes run in this order, each in linear time, and each one's rules are documented on its
/// class:
/// <list type="number">
/// <item><see cref="CharacterFolding"/>: line breaks, spaces, invisible characters, full-width ASCII, radicals and ligatures.</item>
/// <item><see cref="PinyinGlosses"/>: <c>政協(xié)</c> → <c>政協</c>.</item>
/// <item><see cref="DoubledGlyphRepair"/>: <c>20232023年年</c> → <c>2023年</c>.</item>
/// <item><see cref="HardWrapJoiner"/>: trims lines, collapses blank lines, joins wrapped lines.</item>
/// <item><see cref="PunctuationWidthRepair"/>: <c>,</c> → <c>，</c> and the like in Chinese text.</item>
/// <item><see cref="CjkSpacing"/>: which spaces stay.</item>
/// </list>
/// Folding comes first so that full-width digits take part in the doubling repair; doubling comes
/// before joining so that line widths are measured on repaired text; punctuation is repaired after
/// joining so that bracket pairs broken across lines are matched; spaces come last because whether
/// one stays depends on the punctuation next to it.
/// The output uses <c>\n</c> between paragraphs and titles that a single line break separated and
/// <c>\n\n</c> where a blank line did.
/// </remarks>
public sealed class TextNormalizer(TextNormalizerOptions? options = null)
{
    private readonly TextNormalizerOptions _options = options ?? TextNormalizerOptions.Default;

    public NormalizedText Normalize(string original)
    {
        ArgumentNullException.ThrowIfNull(original);
        var text = CharacterFolding.Apply(MappedText.Identity(original));
        if (_options.DropPinyinGlosses)
        {
            text = PinyinGlosses.Apply(text);
        }

        if (_options.RepairDoubledGlyphs)
        {
            text = DoubledGlyphRepair.Apply(text);
        }

        text = HardWrapJoiner.Apply(text, _options);
        text = PunctuationWidthRepair.Apply(text);
        text = CjkSpacing.Apply(text, _options);
        return new NormalizedText(original, text);
    }
}
