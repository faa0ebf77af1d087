using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace KnowledgeGraph.Core.Documents;

/// <summary>
/// The labels Word draws before numbered paragraphs (<c>1.</c>, <c>（一）</c>, <c>第三条</c>),
/// which are not in the text: a paragraph's numbering (its own <c>w:numPr</c> or its style's) is
/// looked up in the numbering part, its level's counter advanced (deeper levels start again),
/// and the level's text pattern (<c>%1.</c>, <c>（%1）</c>, <c>%1.%2</c>) filled in. Bullets and
/// pictures give no label. Formats: decimal, Chinese counting (一 二 … 十一), letters and roman
/// numerals; any other is written as decimal.
/// </summary>
internal sealed class DocxNumbering
{
    private readonly Dictionary<int, Dictionary<int, Level>> _levelsByList = [];
    private readonly Dictionary<int, int[]> _counters = [];

    public DocxNumbering(MainDocumentPart main)
    {
        var numbering = main.NumberingDefinitionsPart?.Numbering;
        if (numbering is null)
        {
            return;
        }

        var abstracts = numbering.Elements<AbstractNum>()
            .Where(a => a.AbstractNumberId?.Value is not null)
            .GroupBy(a => a.AbstractNumberId!.Value)
            .ToDictionary(g => g.Key, g => g.First());
        foreach (var instance in numbering.Elements<NumberingInstance>())
        {
            if (instance.NumberID?.Value is not { } numId
                || instance.AbstractNumId?.Val?.Value is not { } abstractId
                || !abstracts.TryGetValue(abstractId, out var definition))
            {
                continue;
            }

            var levels = new Dictionary<int, Level>();
            foreach (var level in definition.Elements<DocumentFormat.OpenXml.Wordprocessing.Level>())
            {
                var index = level.LevelIndex?.Value ?? 0;
                var start = instance.Elements<LevelOverride>().FirstOrDefault(o => o.LevelIndex?.Value == index)?.StartOverrideNumberingValue?.Val?.Value
                    ?? level.StartNumberingValue?.Val?.Value ?? 1;
                levels[index] = new Level(level.NumberingFormat?.Val?.InnerText ?? "decimal", level.LevelText?.Val?.Value ?? "", start);
            }

            _levelsByList[numId] = levels;
        }
    }

    /// <summary>The label of <paramref name="paragraph"/>, advancing its list's counter, or null when it is not numbered.</summary>
    public string? Next(DocumentFormat.OpenXml.Wordprocessing.Paragraph paragraph, NumberingProperties? styleNumbering)
    {
        var own = paragraph.ParagraphProperties?.NumberingProperties;
        var numId = own?.NumberingId?.Val?.Value ?? styleNumbering?.NumberingId?.Val?.Value;
        var levelIndex = own?.NumberingLevelReference?.Val?.Value ?? styleNumbering?.NumberingLevelReference?.Val?.Value ?? 0;
        if (numId is not { } id || !_levelsByList.TryGetValue(id, out var levels) || !levels.TryGetValue(levelIndex, out var level))
        {
            return null;
        }

        if (!_counters.TryGetValue(id, out var counters))
        {
            counters = _counters[id] = new int[10];
        }

        levelIndex = Math.Clamp(levelIndex, 0, 9);
        counters[levelIndex] = counters[levelIndex] == 0 ? level.Start : counters[levelIndex] + 1;
        Array.Clear(counters, levelIndex + 1, counters.Length - levelIndex - 1);
        if (level.Format is "bullet" or "none" || level.Text.Length == 0)
        {
            return null;
        }

        var label = new StringBuilder();
        for (var i = 0; i < level.Text.Length; i++)
        {
            if (level.Text[i] == '%' && i + 1 < level.Text.Length && char.IsAsciiDigit(level.Text[i + 1]))
            {
                var referenced = level.Text[i + 1] - '1';
                var format = levels.TryGetValue(referenced, out var other) ? other.Format : level.Format;
                var value = referenced >= 0 && referenced < counters.Length ? Math.Max(counters[referenced], 1) : 1;
                label.Append(Format(value, format));
                i++;
            }
            else
            {
                label.Append(level.Text[i]);
            }
        }

        return label.ToString();
    }

    private static string Format(int value, string format) => format switch
    {
        "chineseCounting" or "chineseCountingThousand" or "ideographTraditional" or "japaneseCounting" or "taiwaneseCounting" => Chinese(value),
        "lowerLetter" => Letter(value, 'a'),
        "upperLetter" => Letter(value, 'A'),
        "lowerRoman" => Roman(value).ToLowerInvariant(),
        "upperRoman" => Roman(value),
        "decimalZero" => value.ToString("00", CultureInfo.InvariantCulture),
        _ => value.ToString(CultureInfo.InvariantCulture),
    };

    private static string Chinese(int value)
    {
        const string digits = "零一二三四五六七八九";
        if (value is < 1 or > 99)
        {
            return value.ToString(CultureInfo.InvariantCulture);
        }

        var tens = value / 10;
        var ones = value % 10;
        var text = tens switch
        {
            0 => "",
            1 => "十",
            _ => $"{digits[tens]}十",
        };
        return ones == 0 ? text : text + digits[ones];
    }

    private static string Letter(int value, char first)
    {
        var text = new StringBuilder();
        for (var n = value; n > 0; n = (n - 1) / 26)
        {
            text.Insert(0, (char)(first + ((n - 1) % 26)));
        }

        return text.ToString();
    }

    private static string Roman(int value)
    {
        (int Value, string Numeral)[] numerals = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
        var text = new StringBuilder();
        var rest = Math.Clamp(value, 1, 3999);
        foreach (var (amount, numeral) in numerals)
        {
            while (rest >= amount)
            {
                text.Append(numeral);
                rest -= amount;
            }
        }

        return text.ToString();
    }

    private sealed record Level(string Format, string Text, int Start);
}
