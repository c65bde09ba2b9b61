using Notebooks.Jupyter.Editing;

namespace Notebooks.Jupyter.Tests.Editing;

public sealed class CodePointsTests
{
    private const string Text = "a😀b";

    [Fact]
    public void ToIndex_AfterSurrogatePair_CountsTwoUnits() => Assert.Equal(3, CodePoints.ToIndex(Text, 2));

    [Fact]
    public void FromIndex_AfterSurrogatePair_CountsOnePoint() => Assert.Equal(2, CodePoints.FromIndex(Text, 3));

    [Fact]
    public void ToIndex_PastTheEnd_IsClamped() => Assert.Equal(Text.Length, CodePoints.ToIndex(Text, 99));
}
