// Every test starts its own processes in its own temp folder, so all tests may run side by side; the suite stays short.
[assembly: Parallelizable(ParallelScope.All)]
