__glossarySearchShard("v/61",{"names":["alert","api","apis","application"],"text":["a","after","alert","also","an","and","api","application","are"]});
