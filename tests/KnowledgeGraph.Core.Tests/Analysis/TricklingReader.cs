namespace KnowledgeGraph.Core.Tests.Analysis;

/// <summary>Hands out 1 to <paramref name="most"/> characters per read, as a slow stream might.</summary>
internal sealed class TricklingReader(string text, int most) : TextReader
{
    private int _position;

    public override int Read(char[] buffer, int index, int count)
    {
        var n = Math.Min(Math.Min(count, 1 + (_position % most)), text.Length - _position);
        text.CopyTo(_position, buffer, index, n);
        _position += n;
        return n;
    }
}
