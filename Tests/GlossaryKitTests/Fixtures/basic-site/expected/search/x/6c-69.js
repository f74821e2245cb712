__glossarySearchShard("x/6c-69",[["link","S"]]);
