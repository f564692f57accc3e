package cleaner
import ("testing";"path/filepath";"fmt";"sort";"syscall";"time";"bytes";"golang.org/x/net/html";"runtime")
func cpuNow() time.Duration { var r syscall.Rusage; syscall.Getrusage(syscall.RUSAGE_SELF,&r); return time.Duration(r.Utime.Nano()+r.Stime.Nano()) }
func TestTmpCPU(t *testing.T){
	runtime.GOMAXPROCS(1)
	gz,_:=filepath.Glob("/work/shared/datasets/scrapinghub/html/*.html.gz")
	var pages [][]byte
	for _,f:=range gz{ p,_:=readGzip(f); pages=append(pages,p)}
	med:=func(name string, do func([]byte)) {
		var ds []time.Duration
		for rep:=0;rep<3;rep++ { for _,p:=range pages { s:=cpuNow(); do(p); ds=append(ds,cpuNow()-s) } }
		sort.Slice(ds,func(i,j int)bool{return ds[i]<ds[j]})
		var tot time.Duration; for _,d:=range ds {tot+=d}
		fmt.Printf("%-12s median %v p90 %v max %v mean %v\n", name, ds[len(ds)/2], ds[len(ds)*9/10], ds[len(ds)-1], tot/time.Duration(len(ds)))
	}
	med("parse", func(p []byte){ html.Parse(bytes.NewReader(p)) })
	med("clean", func(p []byte){ Clean(p, Options{}) })
	med("articleonly", func(p []byte){ Clean(p, Options{SkipRemovedHTML:true}) })
	med("parse", func(p []byte){ html.Parse(bytes.NewReader(p)) })
}
