__glossarySearchShard("names",["1099","alert","api","apis","application","b","beta","form","interface","programming","script","title","zebra","école"]);
