__glossarySearchShard("names",["1099","alert","api","apis","application","b","beta","form","interface","letter","programming","script","second","title","zebra","école"]);
