"""jupyter_kernel_test's checks against our kernel; every message is validated against the protocol's schemas."""
import os
import unittest

import jupyter_kernel_test


class CSharpKernelConformance(jupyter_kernel_test.KernelTests):
    kernel_name = os.environ.get("NOTEBOOKS_KERNEL_NAME", ".net-csharp")
    language_name = "C#"
    file_extension = ".cs"

    code_hello_world = 'Console.WriteLine("hello, world");'
    code_stderr = 'Console.Error.WriteLine("oops");'
    code_generate_error = 'throw new InvalidOperationException("boom");'
    code_execute_result = [
        {"code": "6 * 7", "result": "42"},
        {"code": '"abc".ToUpperInvariant()', "result": "ABC"},
    ]
    code_display_data = [
        {"code": 'display("shown");', "mime": "text/plain"},
    ]
    complete_code_samples = ["1 + 1", "var x = 1;", "if (true) { }", "#!time\nvar y = 2;"]
    incomplete_code_samples = ["if (true) {", "var s = \"\"\"\nabc", "Console.WriteLine("]
    completion_samples = [
        {"text": "Console.WriteL", "matches": {"WriteLine"}},
        {"text": "var someUniqueLocal = 1;\nsomeUniqueL", "matches": {"someUniqueLocal"}},
    ]


if __name__ == "__main__":
    unittest.main()
