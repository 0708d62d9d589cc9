"""The server figures report how much CPU the machine's hypervisor took away during each run."""

from __future__ import annotations

from benchmarks.server_figures import machine_cpu_ticks, machine_steal_share

# /proc/stat of a 2-CPU virtual machine: user nice system idle iowait irq softirq steal guest
# guest_nice, then one line per CPU.
BEFORE = "cpu  1755145 2771 245566 10235781 53203 0 25595 23000 0 0\ncpu0 1 2 3 4 5 6 7 8 0 0\n"
AFTER = "cpu  1777686 2771 249466 10250461 53998 0 25926 23792 0 0\ncpu0 1 2 3 4 5 6 7 8 0 0\n"


def test_steal_and_total_come_from_the_all_cpus_line() -> None:
    total = 1755145 + 2771 + 245566 + 10235781 + 53203 + 0 + 25595 + 23000  # guest is in user
    assert machine_cpu_ticks(BEFORE) == (23000, total)


def test_the_steal_share_is_stolen_ticks_over_all_ticks_between_two_readings() -> None:
    # 792 of the 43,039 ticks that passed went to other machines.
    share = machine_steal_share(machine_cpu_ticks(BEFORE), machine_cpu_ticks(AFTER))
    assert share == round(792 / 43039, 3) == 0.018
    assert machine_steal_share((5, 100), (5, 100)) == 0.0


def test_this_machine_can_be_read() -> None:
    steal, total = machine_cpu_ticks()
    assert 0 <= steal <= total and total > 0
