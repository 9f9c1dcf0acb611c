using System.Runtime.CompilerServices;

namespace MineralsMatch.Optimization;

/// <content>The pivot: the cycle of the entering arc, the leaving arc, and the spanning-tree update.</content>
public sealed partial class NetworkSimplex
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Pivot(int entering)
    {
        int[] parent = _parent;
        int[] pred = _pred;
        sbyte[] direction = _predDirection;
        int[] succNum = _succNum;
        long[] flow = _flow;
        long[] capacity = _capacity;
        sbyte[] state = _state;

        // The pivot cycle is the entering arc plus the two tree paths from its ends up to
        // their nearest common ancestor (the join). A node with the smaller subtree cannot be
        // an ancestor of the other, so it is the one to move up.
        int tail = _source[entering];
        int head = _target[entering];
        int join;
        {
            int u = tail;
            int v = head;
            while (u != v)
            {
                if (succNum[u] < succNum[v])
                {
                    u = parent[u];
                }
                else
                {
                    v = parent[v];
                }
            }

            join = u;
        }

        // Flow is pushed join -> first -> (entering) -> second -> join.
        sbyte enteringState = state[entering];
        int first = enteringState == StateLower ? tail : head;
        int second = enteringState == StateLower ? head : tail;

        // The leaving arc is the last blocking arc met when walking the cycle in push
        // direction from the join. That rule keeps the tree strongly feasible (every zero-flow
        // tree arc points towards the root), which rules out cycling. Walking up from "first"
        // meets its arcs in reverse push order, hence the strict comparison there.
        long delta = capacity[entering];
        int leavingNode = -1;
        int side = 0;
        for (int u = first; u != join; u = parent[u])
        {
            int e = pred[u];
            long residual = direction[u] == DirectionUp ? flow[e] : capacity[e] - flow[e];
            if (residual < delta)
            {
                delta = residual;
                leavingNode = u;
                side = 1;
            }
        }

        for (int u = second; u != join; u = parent[u])
        {
            int e = pred[u];
            long residual = direction[u] == DirectionUp ? capacity[e] - flow[e] : flow[e];
            if (residual <= delta)
            {
                delta = residual;
                leavingNode = u;
                side = 2;
            }
        }

        if (delta > 0)
        {
            long change = enteringState * delta;
            flow[entering] += change;
            for (int u = tail; u != join; u = parent[u])
            {
                flow[pred[u]] -= direction[u] * change;
            }

            for (int u = head; u != join; u = parent[u])
            {
                flow[pred[u]] += direction[u] * change;
            }
        }

        if (side == 0)
        {
            // The entering arc itself blocks: it jumps to its other bound and the tree stays.
            state[entering] = (sbyte)-enteringState;
            return;
        }

        int leaving = pred[leavingNode];
        state[leaving] = flow[leaving] == 0 ? StateLower : StateUpper;
        state[entering] = StateTree;
        int uIn = side == 1 ? first : second;
        int vIn = side == 1 ? second : first;
        UpdateTree(entering, uIn, vIn, leavingNode, join);
    }

    /// <summary>
    /// Replaces the leaving arc (joining <paramref name="uOut"/> to its parent) by the entering
    /// arc (joining <paramref name="uIn"/> to <paramref name="vIn"/>). The subtree S of
    /// <paramref name="uOut"/> is cut out of the thread, re-rooted at <paramref name="uIn"/> by
    /// reversing the stem path uIn = w0, w1, ..., wk = uOut, and spliced back as the first child
    /// of <paramref name="vIn"/>; its potentials shift so the entering arc has reduced cost zero.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void UpdateTree(int entering, int uIn, int vIn, int uOut, int join)
    {
        int[] parent = _parent;
        int[] pred = _pred;
        sbyte[] direction = _predDirection;
        int[] thread = _thread;
        int[] revThread = _revThread;
        int[] succNum = _succNum;
        int[] lastSucc = _lastSucc;

        int size = succNum[uOut];
        int oldParentOut = parent[uOut];
        int oldLastOut = lastSucc[uOut];
        int before = revThread[uOut];
        int after = thread[oldLastOut];

        // In the new subtree the preorder is seg(w0), seg(w1), ..., seg(wk), where seg(wi) is wi
        // followed by its old child subtrees other than w(i-1)'s: the thread nodes strictly
        // between wi and w(i-1) (part A) and those after w(i-1)'s old subtree up to wi's old last
        // node (part B). seg(w0) is w0's whole old subtree. Old thread values are read before the
        // links that overwrite them, and carried along the stem.
        int w = uIn;
        int tailOfNew = lastSucc[w];
        int previousLast = tailOfNew;
        int afterPrevious = thread[previousLast];
        int previousRev = revThread[w];
        int previousSucc = succNum[w];
        int nextW = parent[w];
        int carriedPred = pred[w];
        sbyte carriedDirection = direction[w];

        parent[w] = vIn;
        pred[w] = entering;
        direction[w] = _source[entering] == w ? DirectionUp : DirectionDown;
        succNum[w] = size;

        int previous = w;
        while (previous != uOut)
        {
            w = nextW;
            int oldLast = lastSucc[w];
            int firstChild = thread[w];
            int oldRev = revThread[w];
            int oldSucc = succNum[w];
            int afterCurrent = oldLast != previousLast ? thread[oldLast] : afterPrevious;
            nextW = parent[w];
            int nextPred = pred[w];
            sbyte nextDirection = direction[w];

            // The old tree arc above w(i-1) now hangs wi below it, pointing the other way.
            parent[w] = previous;
            pred[w] = carriedPred;
            direction[w] = (sbyte)-carriedDirection;
            succNum[w] = size - previousSucc;

            thread[tailOfNew] = w;
            revThread[w] = tailOfNew;
            tailOfNew = w;
            if (firstChild != previous)
            {
                // Part A is already linked after wi; it ends just before w(i-1).
                tailOfNew = previousRev;
            }

            if (oldLast != previousLast)
            {
                // Part B starts right after w(i-1)'s old subtree and ends at wi's old last node.
                thread[tailOfNew] = afterPrevious;
                revThread[afterPrevious] = tailOfNew;
                tailOfNew = oldLast;
            }

            previous = w;
            previousLast = oldLast;
            afterPrevious = afterCurrent;
            previousRev = oldRev;
            previousSucc = oldSucc;
            carriedPred = nextPred;
            carriedDirection = nextDirection;
        }

        int newLast = tailOfNew;

        // Cut S out of the walk, then splice it in right after vIn.
        thread[before] = after;
        revThread[after] = before;
        int afterVIn = thread[vIn];
        thread[vIn] = uIn;
        revThread[uIn] = vIn;
        thread[newLast] = afterVIn;
        revThread[afterVIn] = newLast;

        // Every stem node's subtree now ends where S ends.
        for (int x = uOut; ; x = parent[x])
        {
            lastSucc[x] = newLast;
            if (x == uIn)
            {
                break;
            }
        }

        // Old ancestors whose subtree ended with S now end just before it.
        for (int x = oldParentOut; x >= 0 && lastSucc[x] == oldLastOut; x = parent[x])
        {
            lastSucc[x] = before;
        }

        // Splicing S in as the first child changes last nodes only if vIn was a leaf.
        if (lastSucc[vIn] == vIn)
        {
            for (int x = vIn; x >= 0 && lastSucc[x] == vIn; x = parent[x])
            {
                lastSucc[x] = newLast;
            }
        }

        // Above the join nothing changes size; below it S moved from one branch to the other.
        for (int x = oldParentOut; x != join; x = parent[x])
        {
            succNum[x] -= size;
        }

        for (int x = vIn; x != join; x = parent[x])
        {
            succNum[x] += size;
        }

        long[] potential = _potential;
        long sigma = _source[entering] == uIn
            ? potential[vIn] - _cost[entering] - potential[uIn]
            : potential[vIn] + _cost[entering] - potential[uIn];

        // Only differences of potentials matter, so shift whichever side of the cut is smaller:
        // S by +sigma, or everything else (the root included) by -sigma. Values may then drift
        // and wrap around, but every difference the solver uses fits in a long (see Validate),
        // and two's-complement wrap-around keeps such differences exact; Finish re-anchors the
        // root at zero.
        int rest = _succNum[_nodeCount] - size;
        int node = uIn;
        if (size > rest)
        {
            sigma = -sigma;
            size = rest;
            node = thread[newLast];
        }

        _potentialUpdates += size;
        for (int k = 0; k < size; k++)
        {
            potential[node] += sigma;
            node = thread[node];
        }
    }
}
