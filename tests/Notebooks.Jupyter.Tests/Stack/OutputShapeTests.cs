namespace Notebooks.Jupyter.Tests.Stack;

public sealed class OutputShapeTests
{
    [Fact]
    public void Of_Notebook_MergesStreamsSortsMimeTypesAndIgnoresValues()
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, """
            {"cells": [
              {"cell_type": "markdown", "source": "# t"},
              {"cell_type": "code", "source": ["#!time\n", "var x = 1;\n"], "outputs": [
                {"output_type": "stream", "name": "stdout", "text": "a"},
                {"output_type": "stream", "name": "stdout", "text": "b"},
                {"output_type": "display_data", "data": {"text/plain": "1", "image/svg+xml": "<svg/>", "text/html": "<b/>"}},
                {"output_type": "error", "ename": "E", "evalue": "v", "traceback": []}]}
            ]}
            """);

        var shape = Assert.Single(OutputShape.Of(path));

        Assert.Equal("var x = 1;: stream stdout, display_data [image/svg+xml text/html text/plain], error E", shape);
    }
}
