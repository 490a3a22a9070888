# .include of a host path: the whole program is the task's baseline, pulled in
# from the host by its absolute path. Builds run in the sandbox, where the path
# does not exist: CE ("can't open"). Had the assembler read it, this would be
# the baseline itself (AC). @REPO@ is the repository path.
	.include "@REPO@/tests/redteam/task/baseline.s"
