// LEMON reference for the `dimacs` and `compare` harnesses (not built in CI).
// Reads one DIMACS min-cost-flow file and solves it several times with LEMON's NetworkSimplex
// (block search) and CostScaling, printing one tab-separated line:
//   ns_ms ns_run_ms ns_cost ns_pivots cs_ms cs_cost read_ms
// ns_ms / cs_ms are medians of constructing the solver from the graph (LEMON copies the maps)
// plus run(); ns_run_ms is the median of run() alone. Costs are "-" when not optimal.
// Pivots are counted through the header patched by build-lemon.sh (lemon_pivot_count).
// Usage: lemon_mcf FILE [--runs N] [--no-cs] [--no-initial-pivots]
#include <lemon/smart_graph.h>
#include <lemon/dimacs.h>
#include <lemon/network_simplex.h>
#include <lemon/cost_scaling.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <string>
#include <vector>

long long lemon_pivot_count = 0;
bool lemon_initial_pivots = true;

namespace {

using Clock = std::chrono::steady_clock;

double Ms(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

double Median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  size_t mid = values.size() / 2;
  return values.size() % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: lemon_mcf FILE [--runs N] [--no-cs] [--no-initial-pivots]\n");
    return 2;
  }

  int runs = 3;
  bool costScaling = true;
  for (int i = 2; i < argc; ++i) {
    if (std::strcmp(argv[i], "--runs") == 0 && i + 1 < argc) {
      runs = std::max(1, std::atoi(argv[++i]));
    } else if (std::strcmp(argv[i], "--no-cs") == 0) {
      costScaling = false;
    } else if (std::strcmp(argv[i], "--no-initial-pivots") == 0) {
      lemon_initial_pivots = false;
    } else {
      std::fprintf(stderr, "unknown option %s\n", argv[i]);
      return 2;
    }
  }

  typedef lemon::SmartDigraph Graph;
  Graph graph;
  Graph::ArcMap<long long> lower(graph), capacity(graph), cost(graph);
  Graph::NodeMap<long long> supply(graph);
  auto readStart = Clock::now();
  {
    std::ifstream input(argv[1]);
    if (!input) {
      std::fprintf(stderr, "cannot open %s\n", argv[1]);
      return 2;
    }
    lemon::readDimacsMin(input, graph, lower, capacity, cost, supply);
  }
  double readMs = Ms(readStart);

  std::vector<double> nsTotal, nsRun, csTotal;
  std::string nsCost = "-", csCost = "-";
  long long pivots = 0;
  for (int r = 0; r < runs; ++r) {
    auto start = Clock::now();
    lemon::NetworkSimplex<Graph, long long, long long> ns(graph);
    ns.lowerMap(lower).upperMap(capacity).costMap(cost).supplyMap(supply);
    lemon_pivot_count = 0;
    auto runStart = Clock::now();
    auto result = ns.run(lemon::NetworkSimplex<Graph, long long, long long>::BLOCK_SEARCH);
    nsRun.push_back(Ms(runStart));
    nsTotal.push_back(Ms(start));
    pivots = lemon_pivot_count;
    nsCost = result == lemon::NetworkSimplex<Graph, long long, long long>::OPTIMAL
        ? std::to_string(ns.totalCost()) : "-";

    if (costScaling) {
      start = Clock::now();
      lemon::CostScaling<Graph, long long, long long> cs(graph);
      cs.lowerMap(lower).upperMap(capacity).costMap(cost).supplyMap(supply);
      auto csResult = cs.run();
      csTotal.push_back(Ms(start));
      csCost = csResult == lemon::CostScaling<Graph, long long, long long>::OPTIMAL
          ? std::to_string(cs.totalCost()) : "-";
    }
  }

  std::printf("%.3f\t%.3f\t%s\t%lld\t%s\t%s\t%.3f\n",
              Median(nsTotal), Median(nsRun), nsCost.c_str(), pivots,
              costScaling ? std::to_string(Median(csTotal)).c_str() : "-",
              csCost.c_str(), readMs);
  return 0;
}
