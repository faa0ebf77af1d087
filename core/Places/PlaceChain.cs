namespace KnowledgeGraph.Core.Places;

/// <summary>
/// A place and the divisions above it (罗桥镇, 阜宁县, 盐城市, 江苏省), fetched from the gazetteer once
/// to ask several times whether the place lies inside an area: a reading of a name is weighed against
/// every place of a document's context.
/// </summary>
/// <param name="Place">The place.</param>
/// <param name="Ancestors">Its divisions, nearest first.</param>
public readonly record struct PlaceChain(Place Place, IReadOnlyList<Place> Ancestors)
{
    /// <summary>True when the place is <paramref name="area"/> or lies inside it (codes compared).</summary>
    public bool IsWithin(Place area)
    {
        if (Place.Code == area.Code)
        {
            return true;
        }

        // Indexed, not foreach: an interface's enumerator is an allocation per question.
        for (var i = 0; i < Ancestors.Count; i++)
        {
            if (Ancestors[i].Code == area.Code)
            {
                return true;
            }
        }

        return false;
    }
}
