"""Interrupts, restart, shutdown and signatures, driven through jupyter_client as front ends do."""
import os
import queue
import signal
import time
import unittest

from jupyter_client.manager import start_new_kernel
from jupyter_client.session import Session

KERNEL = os.environ.get("NOTEBOOKS_KERNEL_NAME", ".net-csharp")


def process_exists(pid):
    try:
        os.kill(pid, 0)
    except OSError:
        return False
    return True


class CSharpKernelBehaviour(unittest.TestCase):
    def setUp(self):
        self.km, self.kc = start_new_kernel(kernel_name=KERNEL, startup_timeout=120)

    def tearDown(self):
        self.kc.stop_channels()
        if self.km.is_alive():
            self.km.shutdown_kernel(now=True)

    def flush_shell(self):
        while True:
            try:
                self.kc.get_shell_msg(timeout=0.5)
            except queue.Empty:
                return

    def execute(self, code, timeout=60):
        outputs = []
        reply = self.kc.execute_interactive(code, timeout=timeout, output_hook=outputs.append)
        return reply["content"], outputs

    def interrupt_after_start(self, code):
        msg_id = self.kc.execute(code)
        while True:
            msg = self.kc.get_iopub_msg(timeout=60)
            if msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == "execute_input":
                break
        time.sleep(2)
        started = time.monotonic()
        self.km.interrupt_kernel()
        return msg_id, started

    def reply_to(self, msg_id, timeout):
        while True:
            reply = self.kc.get_shell_msg(timeout=timeout)
            if reply["parent_header"].get("msg_id") == msg_id:
                return reply["content"]

    def test_interrupt_cooperative_cell_stops(self):
        msg_id, started = self.interrupt_after_start("await Task.Delay(System.Threading.Timeout.Infinite, CellCancellationToken);")
        reply = self.reply_to(msg_id, timeout=30)
        self.assertEqual(reply["status"], "error")
        self.assertEqual(reply["ename"], "InterruptedError")
        self.assertLess(time.monotonic() - started, 4)
        content, _ = self.execute("1 + 1")
        self.assertEqual(content["status"], "ok")

    def test_interrupt_cpu_loop_is_abandoned_and_the_kernel_goes_on(self):
        self.execute("var kept = 41;")
        msg_id, _ = self.interrupt_after_start("var lost = 1; while (true) { }")
        info = self.kc.kernel_info(reply=True, timeout=10)
        self.assertEqual(info["content"]["status"], "ok")
        reply = self.reply_to(msg_id, timeout=60)
        self.assertEqual(reply["status"], "error")
        self.assertIn("was abandoned: its code is still running on its thread", reply["evalue"])
        self.assert_state_kept()

    def test_interrupt_await_ignoring_the_token_is_abandoned_and_the_kernel_goes_on(self):
        self.execute("var kept = 41;")
        msg_id, _ = self.interrupt_after_start("var lost = 1; await Task.Delay(System.Threading.Timeout.Infinite);")
        reply = self.reply_to(msg_id, timeout=60)
        self.assertEqual(reply["ename"], "InterruptedError")
        self.assertIn("still waiting at an await that does not observe the cell's token", reply["evalue"])
        self.assert_state_kept()

    def assert_state_kept(self):
        content, outputs = self.execute("kept + 1")
        self.assertEqual(content["status"], "ok")
        self.assertIn("42", [o["content"]["data"]["text/plain"] for o in outputs if o["msg_type"] == "execute_result"])
        content, _ = self.execute("lost")
        self.assertEqual(content["status"], "error")
        self.assertIn("CS0103", content["evalue"])

    def test_sigint_interrupts_the_cell_not_the_kernel(self):
        msg_id = self.kc.execute("await Task.Delay(System.Threading.Timeout.Infinite, CellCancellationToken);")
        time.sleep(3)
        os.kill(self.km.provisioner.pid, signal.SIGINT)
        reply = self.reply_to(msg_id, timeout=30)
        self.assertEqual(reply["ename"], "InterruptedError")
        self.assertTrue(self.km.is_alive())
        content, _ = self.execute("2 + 2")
        self.assertEqual(content["status"], "ok")

    def test_restart_gives_fresh_state(self):
        self.execute("var before = 1;")
        self.km.restart_kernel(now=False)
        self.kc.wait_for_ready(timeout=120)
        content, _ = self.execute("before")
        self.assertEqual(content["status"], "error")

    def test_shutdown_leaves_no_process(self):
        pid = self.km.provisioner.pid
        self.assertTrue(process_exists(pid))
        self.km.shutdown_kernel(now=False)
        deadline = time.monotonic() + 10
        while process_exists(pid) and time.monotonic() < deadline:
            time.sleep(0.1)
        self.assertFalse(process_exists(pid))

    def test_wrong_signature_is_not_executed(self):
        forger = Session(key=b"not-the-key", username="intruder")
        content = {"code": "var signatureBreach = 1;", "silent": False, "store_history": True,
                   "user_expressions": {}, "allow_stdin": False, "stop_on_error": True}
        self.flush_shell()
        forger.send(self.kc.shell_channel.socket, "execute_request", content)
        with self.assertRaises(queue.Empty):
            self.kc.get_shell_msg(timeout=3)
        content, _ = self.execute("signatureBreach")
        self.assertEqual(content["status"], "error")
        self.assertIn("signatureBreach", content["evalue"])

    def test_missing_signature_is_not_executed(self):
        unsigned = Session(key=b"", username="intruder")
        content = {"code": "var unsignedBreach = 1;", "silent": False, "store_history": True,
                   "user_expressions": {}, "allow_stdin": False, "stop_on_error": True}
        self.flush_shell()
        unsigned.send(self.kc.shell_channel.socket, "execute_request", content)
        with self.assertRaises(queue.Empty):
            self.kc.get_shell_msg(timeout=3)
        content, _ = self.execute("unsignedBreach")
        self.assertEqual(content["status"], "error")


if __name__ == "__main__":
    unittest.main()
